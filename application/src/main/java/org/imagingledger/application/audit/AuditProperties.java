package org.imagingledger.application.audit;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * ledger.audit.*: the checkpoint signing key (a PKCS#8 PEM file; never committed), or
 * {@code generate-key} to make one under the data directory on first start (the demo and the
 * tests do this), the checkpoint and verification intervals, the origin named in checkpoints,
 * and how long a gap in the global index may hold up hashing (see LedgerTree).
 */
@ConfigurationProperties("ledger.audit")
record AuditProperties(
        Path signingKeyFile,
        boolean generateKey,
        String origin,
        Duration checkpointInterval,
        Duration verificationInterval,
        Duration gapWait) {

    AuditProperties {
        origin = origin == null ? "imaging-ledger" : origin;
        checkpointInterval = checkpointInterval == null ? Duration.ofMinutes(10) : checkpointInterval;
        verificationInterval = verificationInterval == null ? Duration.ofHours(1) : verificationInterval;
        gapWait = gapWait == null ? Duration.ofSeconds(5) : gapWait;
    }
}
