package org.imagingledger.application.webhook;

/**
 * Published (in-process) when the ledger itself disabled an endpoint because deliveries kept
 * failing or the receiver answered 410 Gone, so that the people concerned are told.
 */
public record WebhookEndpointDisabled(String endpointId, String nodeId, String subscriber, String url, String reason) {}
