/**
 * The public language of DAC roles kept in the ledger: a governance administrator grants a DAC
 * member the deputy chair role (who may then chair requests, e.g. when the chair declared a
 * conflict) and revokes it. People appear only by their subject id.
 */
package org.imagingledger.domain.dac.api;
