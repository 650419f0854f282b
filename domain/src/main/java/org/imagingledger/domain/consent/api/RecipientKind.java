package org.imagingledger.domain.consent.api;

public enum RecipientKind {
    NODE,
    PERMIT
}
