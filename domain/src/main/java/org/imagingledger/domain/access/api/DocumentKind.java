package org.imagingledger.domain.access.api;

/** What an attached document is; an ethics approval is required when a requested dataset carries IRB. */
public enum DocumentKind {
    ETHICS_APPROVAL,
    PROTOCOL,
    DATA_MANAGEMENT_PLAN,
    OTHER
}
