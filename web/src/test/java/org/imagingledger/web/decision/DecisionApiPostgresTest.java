package org.imagingledger.web.decision;

import org.imagingledger.web.support.OnPostgres;

@OnPostgres
class DecisionApiPostgresTest extends DecisionApiContract {}
