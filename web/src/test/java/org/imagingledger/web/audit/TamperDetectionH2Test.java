package org.imagingledger.web.audit;

class TamperDetectionH2Test extends TamperDetectionContract {}
