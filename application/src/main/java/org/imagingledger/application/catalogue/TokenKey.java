package org.imagingledger.application.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.imagingledger.application.config.SafeStart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The secret under which node tokens are digested (HMAC-SHA256): {@code ledger.tokens.key}
 * (base64, e.g. from the environment) or {@code ledger.tokens.key-file}; every instance of one
 * ledger needs the same key. Where neither is set and {@code ledger.tokens.generate-key} allows
 * it (the embedded default, the demo, the tests), one is generated into the data folder,
 * owner-only, and kept.
 */
@Component
class TokenKey {

    private static final Logger log = LoggerFactory.getLogger(TokenKey.class);

    private final SecretKeySpec key;

    TokenKey(
            @Value("${ledger.tokens.key:}") String base64,
            @Value("${ledger.tokens.key-file:}") String keyFile,
            @Value("${ledger.tokens.generate-key:true}") boolean generate,
            @Value("${ledger.data-dir:./data}") Path dataDir) {
        byte[] bytes;
        if (!base64.isBlank()) {
            bytes = Base64.getDecoder().decode(base64.strip());
        } else if (!keyFile.isBlank()) {
            bytes = read(Path.of(keyFile));
        } else if (generate) {
            bytes = generated(dataDir.resolve("node-token-key"));
        } else {
            throw new IllegalStateException(
                    "set ledger.tokens.key (base64, 32 random bytes) or ledger.tokens.key-file: "
                            + "the secret under which node tokens are digested, the same for every instance");
        }
        if (bytes.length < 32) {
            throw new IllegalStateException("the node token key must be at least 32 bytes");
        }
        key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    String digest(String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the node token key " + file, e);
        }
    }

    private static synchronized byte[] generated(Path file) {
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            SafeStart.writeOwnerOnly(file, Base64.getEncoder().encodeToString(bytes));
            log.warn("generated a node token key in {}", file);
            return bytes;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return read(file); // another instance on the same folder wrote it first
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
