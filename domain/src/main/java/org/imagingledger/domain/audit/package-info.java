/** Checkpoints and exports of the audit trail, recorded as events of the ledger itself. */
package org.imagingledger.domain.audit;
