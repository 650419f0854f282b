package org.imagingledger.application.passport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * ledger.passport.*: the visa signing keys, as PEM files (never committed): the first holds the
 * key that signs (a PKCS#8 "PRIVATE KEY", EC P-256 for ES256 or RSA for RS256, followed by its
 * "PUBLIC KEY"), the others the earlier keys, still published so that visas they signed verify
 * until they expire (a "PUBLIC KEY" alone is enough). {@code generate-key} (demo and tests; it follows
 * {@code ledger.audit.generate-key} unless set) makes one under the data directory instead. {@code max-lifetime} bounds every visa's exp (the
 * permit's end bounds it too); {@code issuer} (default: ledger.public-url) is the visas' iss;
 * {@code source} is the DAC's URL; {@code dataset-url} the stable URL of a dataset, "{id}"
 * standing for its id.
 */
@ConfigurationProperties("ledger.passport")
public record PassportProperties(
        List<Path> keyFiles, Duration maxLifetime, String issuer, String source, String datasetUrl) {

    public PassportProperties {
        keyFiles = keyFiles == null ? List.of() : List.copyOf(keyFiles);
        maxLifetime = maxLifetime == null ? Duration.ofHours(1) : maxLifetime;
    }
}
