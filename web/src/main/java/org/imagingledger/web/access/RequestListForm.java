package org.imagingledger.web.access;

import org.imagingledger.domain.access.api.AccessRequestStatus;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.projections.access.RequestFilter;
import org.imagingledger.web.config.FilterDates;

/** The request lists' filters as typed (GET parameters), kept as text so the form shows them back. */
record RequestListForm(String title, String applicant, String dataset, String status, String from, String to) {

    RequestListForm {
        title = trim(title);
        applicant = trim(applicant);
        dataset = trim(dataset);
        status = trim(status);
        from = trim(from);
        to = trim(to);
    }

    RequestFilter filter() {
        AccessRequestStatus s = null;
        if (!status.isEmpty()) {
            try {
                s = AccessRequestStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw CommandRejected.invalid(
                        "status",
                        ErrorCodes.NOT_ONE_OF,
                        "is not a status",
                        status,
                        java.util.List.of(AccessRequestStatus.values()));
            }
        }
        return AccessApiController.filter(
                title,
                applicant,
                dataset,
                s,
                FilterDates.parse("from", from, false),
                FilterDates.parse("to", to, true));
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
