/** Policy versions: publication and activation of access policy bundles. */
package org.imagingledger.domain.policy;
