package org.imagingledger.application.passport;

import java.time.Instant;

/**
 * One signed visa and what it says (its decoded claims): the token as a passport carries it, and
 * the claims for people to read on the permit page.
 */
public record Visa(
        String token,
        String keyId,
        String algorithm,
        String issuer,
        String subject,
        String datasetId,
        String type,
        String value,
        String source,
        String by,
        Instant asserted,
        Instant issuedAt,
        Instant expires,
        String jwtId) {}
