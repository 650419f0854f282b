package org.imagingledger.web.catalogue;

class CatalogueApiH2Test extends CatalogueApiContract {}
