package org.imagingledger.domain.access.api;

import java.util.EnumSet;
import java.util.Set;

import static org.imagingledger.domain.access.api.AccessRequestStatus.DRAFT;
import static org.imagingledger.domain.access.api.AccessRequestStatus.RETURNED;
import static org.imagingledger.domain.access.api.AccessRequestStatus.SUBMITTED;
import static org.imagingledger.domain.access.api.AccessRequestStatus.UNDER_REVIEW;

/**
 * What may be done to an access request in which state: the one table that the aggregate
 * enforces and the pages consult to show only the actions that would be accepted.
 */
public enum RequestAction {
    REVISE("revised", DRAFT, RETURNED),
    SUBMIT("submitted", DRAFT, RETURNED),
    ASSIGN_REVIEWERS("given reviewers", SUBMITTED, UNDER_REVIEW),
    DECLARE_CONFLICT("reviewed", UNDER_REVIEW),
    VOTE("voted on", UNDER_REVIEW),
    NODE_DECISION("decided on by a node", SUBMITTED, UNDER_REVIEW),
    APPROVE("approved", UNDER_REVIEW),
    REJECT("rejected", UNDER_REVIEW),
    RETURN("returned", SUBMITTED, UNDER_REVIEW),
    EXTEND_DEADLINE("extended", SUBMITTED, UNDER_REVIEW),
    WITHDRAW("withdrawn", DRAFT, SUBMITTED, UNDER_REVIEW, RETURNED),
    CHECK_PURPOSE("checked against the policy", SUBMITTED, UNDER_REVIEW),
    OVERRIDE_PURPOSE_CHECK("given a purpose-check override", SUBMITTED, UNDER_REVIEW),
    DECLARE_CHAIR_CONFLICT("stepped aside from", SUBMITTED, UNDER_REVIEW),
    ATTACH_DOCUMENT("given documents", DRAFT, SUBMITTED, UNDER_REVIEW, RETURNED),
    COMMENT("discussed", SUBMITTED, UNDER_REVIEW),
    ASK_APPLICANT("asked about", SUBMITTED, UNDER_REVIEW),
    ANSWER_QUESTION("answered", SUBMITTED, UNDER_REVIEW, RETURNED);

    private final String participle;
    private final Set<AccessRequestStatus> allowedIn;

    RequestAction(String participle, AccessRequestStatus first, AccessRequestStatus... rest) {
        this.participle = participle;
        this.allowedIn = Set.copyOf(EnumSet.of(first, rest));
    }

    public boolean allowedIn(AccessRequestStatus status) {
        return allowedIn.contains(status);
    }

    public Set<AccessRequestStatus> allowedIn() {
        return allowedIn;
    }

    /** As the refusal words it: "request R is APPROVED and cannot be withdrawn". */
    public String participle() {
        return participle;
    }
}
