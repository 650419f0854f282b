package org.imagingledger.web.access;

class DecisionSupportApiH2Test extends DecisionSupportApiContract {}
