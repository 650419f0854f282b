/**
 * The public language of the audit trail's own integrity: signed checkpoints of the event log
 * (tree size, Merkle root, signature) and the exports auditors take (who, when, which filters,
 * the package's SHA-256), both recorded in the log they describe.
 */
package org.imagingledger.domain.audit.api;
