package org.imagingledger.web.consent;

import org.imagingledger.web.support.OnPostgres;

@OnPostgres
class ConsentApiPostgresTest extends ConsentApiContract {}
