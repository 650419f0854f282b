/**
 * The public language of policy versions: a governance administrator publishes an OPA policy
 * bundle (its revision and SHA-256; the bytes are stored beside the ledger) and activates it.
 * Every decision names the revision that made it.
 */
package org.imagingledger.domain.policy.api;
