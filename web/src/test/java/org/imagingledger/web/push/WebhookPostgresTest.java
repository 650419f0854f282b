package org.imagingledger.web.push;

import org.imagingledger.web.support.OnPostgres;

/** The webhook contract on a real PostgreSQL (claims with FOR UPDATE SKIP LOCKED there too). */
@OnPostgres
class WebhookPostgresTest extends WebhookContract {}
