package org.imagingledger.domain.access.api;

/**
 * One reason or obligation as the policy gave it: its code (a reason code such as
 * {@code DUO_NOT_HEALTH_RESEARCH}, or a DUO id for an obligation), the DUO shorthand of an
 * obligation ({@code IRB}; null for reasons) and the policy's message.
 */
public record PolicyItem(String code, String shorthand, String message) {}
