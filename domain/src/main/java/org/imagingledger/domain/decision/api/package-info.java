/**
 * The public language of access decisions. A decision is a fact the ledger records before it
 * answers a node; it has no aggregate because nothing can change it afterwards.
 */
package org.imagingledger.domain.decision.api;
