package org.imagingledger.web.audit;

class AuditApiH2Test extends AuditApiContract {}
