package org.imagingledger.web.catalogue;

import org.imagingledger.web.support.OnPostgres;

@OnPostgres
class CatalogueApiPostgresTest extends CatalogueApiContract {}
