package org.imagingledger.domain.access.api;

/** Why a purpose check ran: the request was (re)submitted, a policy revision was activated, the chair asked. */
public enum PurposeCheckTrigger {
    SUBMISSION,
    POLICY_ACTIVATED,
    ON_DEMAND
}
