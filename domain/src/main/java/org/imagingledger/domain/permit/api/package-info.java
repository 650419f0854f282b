/**
 * The public language of permits: issuing a permit from an approved access request, its
 * suspension, reinstatement, extension, revocation and expiry, and the data uses nodes report
 * under it (flagged when outside the permit's scope or period).
 */
package org.imagingledger.domain.permit.api;
