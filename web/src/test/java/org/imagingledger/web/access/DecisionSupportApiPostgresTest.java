package org.imagingledger.web.access;

import org.imagingledger.web.support.OnPostgres;

@OnPostgres
class DecisionSupportApiPostgresTest extends DecisionSupportApiContract {}
