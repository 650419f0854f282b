package org.imagingledger.web.permit;

class PermitApiH2Test extends PermitApiContract {}
