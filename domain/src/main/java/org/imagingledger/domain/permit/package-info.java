/**
 * The permit aggregate, which also judges the data uses reported under it, and the issuance
 * of permits from approved access requests. Only {@link org.imagingledger.domain.permit.Permits}
 * and {@link org.imagingledger.domain.permit.PermitIssuance} are public; commands and events are in {@code api}.
 */
package org.imagingledger.domain.permit;
