package org.imagingledger.web.consent;

class ConsentApiH2Test extends ConsentApiContract {}
