package org.imagingledger.web.permit;

import org.imagingledger.web.support.OnPostgres;

@OnPostgres
class PermitApiPostgresTest extends PermitApiContract {}
