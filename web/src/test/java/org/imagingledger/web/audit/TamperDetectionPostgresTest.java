package org.imagingledger.web.audit;

import org.imagingledger.web.support.OnPostgres;

@OnPostgres
class TamperDetectionPostgresTest extends TamperDetectionContract {}
