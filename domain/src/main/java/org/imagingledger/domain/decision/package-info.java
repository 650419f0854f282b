/** Access decisions answered to nodes. */
package org.imagingledger.domain.decision;
