/**
 * The consent aggregate: recorded, scope changed and withdrawn consents with their withdrawal
 * notices and acknowledgements. Only {@link org.imagingledger.domain.consent.Consents} is public.
 */
package org.imagingledger.domain.consent;
