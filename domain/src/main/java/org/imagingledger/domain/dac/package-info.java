/** The DAC's own roles kept in the ledger: deputy chairs, granted and revoked by a governance admin. */
package org.imagingledger.domain.dac;
