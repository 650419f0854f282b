package org.imagingledger.application.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import org.imagingledger.application.config.SafeStart;
import org.imagingledger.audit.integrity.Ed25519Keys;
import org.imagingledger.audit.integrity.SigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The ledger's Ed25519 checkpoint key, from ledger.audit.signing-key-file: one PEM file holding
 * the PKCS#8 "PRIVATE KEY" and its "PUBLIC KEY" (the JDK cannot derive one from the other), or,
 * with ledger.audit.generate-key (demo and tests only), generated once into the data directory
 * and kept, so that checkpoints of earlier runs still verify. Without either the ledger does not
 * start: checkpoints signed by a throwaway key would prove nothing.
 */
@Component
public class LedgerKey {

    private static final Logger log = LoggerFactory.getLogger(LedgerKey.class);

    private final SigningKey key;

    LedgerKey(AuditProperties properties, @Value("${ledger.data-dir:./data}") Path dataDir) {
        Path file = properties.signingKeyFile();
        if (file == null && properties.generateKey()) {
            file = dataDir.resolve("audit-signing-key.pem");
            if (!Files.exists(file)) {
                generate(file);
            }
        }
        if (file == null) {
            throw new IllegalStateException("set ledger.audit.signing-key-file to a PEM file with the ledger's Ed25519 "
                    + "private key (PKCS#8) and public key, or ledger.audit.generate-key=true for a demonstration key");
        }
        try {
            String pem = Files.readString(file);
            KeyPair pair = new KeyPair(Ed25519Keys.parsePublicPem(pem), Ed25519Keys.parsePrivatePem(pem));
            byte[] probe = "imaging-ledger key check".getBytes(StandardCharsets.UTF_8);
            if (!Ed25519Keys.verify(pair.getPublic(), probe, Ed25519Keys.sign(pair.getPrivate(), probe))) {
                throw new IllegalStateException("the public key in " + file + " does not belong to its private key");
            }
            key = SigningKey.of(pair);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the signing key " + file, e);
        }
    }

    public SigningKey key() {
        return key;
    }

    private static void generate(Path file) {
        try {
            KeyPair pair = Ed25519Keys.generate();
            SafeStart.writeOwnerOnly(
                    file, Ed25519Keys.privatePem(pair.getPrivate()) + Ed25519Keys.publicPem(pair.getPublic()));
            log.warn("generated a demonstration checkpoint signing key in {}", file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
