package org.imagingledger.web.access;

class AccessApiH2Test extends AccessApiContract {}
