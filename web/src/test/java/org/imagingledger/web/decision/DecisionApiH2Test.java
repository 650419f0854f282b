package org.imagingledger.web.decision;

class DecisionApiH2Test extends DecisionApiContract {}
