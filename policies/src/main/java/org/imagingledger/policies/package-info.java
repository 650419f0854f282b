/**
 * The policy decision point: the Rego access policies compiled into an OPA bundle, and two
 * engines that evaluate it behind one interface ({@link org.imagingledger.policies.PolicyEngine}):
 * in-process Wasm ({@link org.imagingledger.policies.wasm.WasmPolicyEngine}) and a real OPA
 * server over its REST Data API ({@link org.imagingledger.policies.server.OpaServerEngine}).
 * The engines know nothing about the ledger: they take the exact input document and return
 * the policy's result document.
 */
package org.imagingledger.policies;
