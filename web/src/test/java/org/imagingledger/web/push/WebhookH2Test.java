package org.imagingledger.web.push;

/** The webhook contract on the default H2 database. */
class WebhookH2Test extends WebhookContract {}
