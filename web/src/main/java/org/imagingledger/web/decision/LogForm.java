package org.imagingledger.web.decision;

import java.time.Instant;
import org.imagingledger.application.decision.LogQuery;

/**
 * The decision-log page's filters as typed (GET parameters), kept as text so that the form
 * shows back what was typed even when it is refused. Date-times without an offset are read in
 * the server's zone, the zone every page shows its times in, so that a time copied from the
 * table filters at that time; the API takes instants.
 */
record LogForm(String node, String dataset, String principal, String result, String from, String to, String revision) {

    LogForm {
        node = trim(node);
        dataset = trim(dataset);
        principal = trim(principal);
        result = trim(result);
        from = trim(from);
        to = trim(to);
        revision = trim(revision);
    }

    /** Checked by the same rules as the API ({@link LogQuery}); a refusal names the field. */
    LogQuery query() {
        return LogQuery.of(
                node, dataset, principal, result, instant("from", from, false), instant("to", to, true), revision);
    }

    /**
     * An instant, a date-time (the datetime-local input) or a date. A date given as "to" means
     * up to the end of that day: the filter's "to" is exclusive, and whoever types a day means
     * to include it.
     */
    static Instant instant(String field, String text, boolean end) {
        return org.imagingledger.web.config.FilterDates.parse(field, text, end);
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
