package org.imagingledger.domain.access;

import java.util.List;
import org.imagingledger.domain.access.api.RequestContent;
import org.imagingledger.domain.shared.Violations;

/** The aggregate types of the access feature, for the application to register with Axon. */
public final class AccessRequests {

    private AccessRequests() {}

    public static List<Class<?>> aggregateTypes() {
        return List.of(AccessRequest.class);
    }

    /**
     * The rules a submission applies to the content (well-formed and complete), checked before
     * anything is recorded: a new request submitted at once is refused whole, leaving no draft.
     * Refuses with every broken rule.
     */
    public static void requireSubmittable(RequestContent content, String applicant) {
        Violations violations = Violations.check();
        RequestContent normalised = RequestRules.draft(violations, content, applicant);
        if (normalised != null) {
            RequestRules.complete(violations, normalised);
        }
        violations.orReject();
    }
}
