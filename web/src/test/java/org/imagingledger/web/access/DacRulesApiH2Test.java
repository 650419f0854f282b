package org.imagingledger.web.access;

class DacRulesApiH2Test extends DacRulesApiContract {}
