package org.imagingledger.application.mail;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of e-mail the ledger sends; each person can turn each kind off. */
public enum MailKind {
    /** A DAC member was put on the review panel of a request. */
    PANEL_ASSIGNMENT("panel_assignment"),
    /** A reviewer's vote is still missing 7 days before the request's deadline. */
    VOTE_REMINDER("vote_reminder"),
    /** A request passed its statutory deadline without a decision (to the DAC chairs). */
    REQUEST_OVERDUE("request_overdue"),
    /** The DAC approved or rejected a request (to the applicant and team). */
    DECISION("decision"),
    /** The DAC returned a request with a question or changes to make (to the applicant). */
    QUESTION("question"),
    /** A permit ends within 30 days (to its members). */
    PERMIT_ENDING("permit_ending"),
    /** A consent withdrawal waits for the permit holder's acknowledgement. */
    WITHDRAWAL_NOTICE("withdrawal_notice"),
    /** The ledger disabled a webhook endpoint after repeated failures (to admins and the node's people). */
    WEBHOOK_DISABLED("webhook_disabled");

    private final String wire;

    MailKind(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<MailKind> ofWire(String wire) {
        return Arrays.stream(values()).filter(k -> k.wire.equals(wire)).findFirst();
    }
}
