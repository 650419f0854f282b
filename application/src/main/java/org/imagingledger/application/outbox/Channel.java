package org.imagingledger.application.outbox;

/** How a message leaves the ledger. */
public enum Channel {
    WEBHOOK,
    MAIL
}
