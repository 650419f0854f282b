package org.imagingledger.application.passport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The visa signing keys (see {@link PassportProperties}): the current key signs, every key is
 * published in the JWK Set, each named by its RFC 7638 thumbprint. Without a key file and
 * without {@code generate-key} the ledger does not start.
 */
@Component
@EnableConfigurationProperties(PassportProperties.class)
public class VisaKeys {

    private static final Logger log = LoggerFactory.getLogger(VisaKeys.class);
    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]+)-----END \\1-----");

    private final JWK signing;
    private final JWKSet published;

    VisaKeys(
            PassportProperties properties,
            @Value("${ledger.data-dir:./data}") Path dataDir,
            @Value("${ledger.passport.generate-key:${ledger.audit.generate-key:false}}") boolean generateKey) {
        List<Path> files = new ArrayList<>(properties.keyFiles());
        if (files.isEmpty() && generateKey) {
            Path file = dataDir.resolve("passport-visa-key.pem");
            if (!Files.exists(file)) {
                generate(file);
            }
            files.add(file);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("set ledger.passport.key-files to the PEM file of the visa signing key"
                    + " (EC P-256 or RSA, PKCS#8, followed by its public key), or ledger.passport.generate-key=true"
                    + " for a demonstration key");
        }
        List<JWK> keys = new ArrayList<>();
        for (Path file : files) {
            keys.add(read(file));
        }
        if (!keys.get(0).isPrivate()) {
            throw new IllegalStateException(
                    files.get(0) + " holds no private key: the first of ledger.passport.key-files signs the visas");
        }
        signing = keys.get(0);
        published = new JWKSet(keys.stream().map(JWK::toPublicJWK).toList());
    }

    /** The key that signs new visas (with its private part). */
    public JWK signing() {
        return signing;
    }

    public JWSAlgorithm algorithm() {
        return signing.getAlgorithm() instanceof JWSAlgorithm alg ? alg : JWSAlgorithm.ES256;
    }

    /** Every key's public part, the signing key first: the document at /.well-known/jwks.json. */
    public JWKSet published() {
        return published;
    }

    static JWK read(Path file) {
        try {
            String pem = Files.readString(file);
            PrivateKey privateKey = null;
            PublicKey publicKey = null;
            Matcher m = PEM.matcher(pem);
            while (m.find()) {
                byte[] der = Base64.getMimeDecoder().decode(m.group(2).trim());
                switch (m.group(1)) {
                    case "PRIVATE KEY" -> privateKey = privateKey(der);
                    case "PUBLIC KEY" -> publicKey = publicKey(der);
                    default ->
                        throw new IllegalStateException(
                                file + ": a " + m.group(1) + " block; expected PRIVATE KEY (PKCS#8) and PUBLIC KEY");
                }
            }
            if (publicKey == null && privateKey instanceof RSAPrivateCrtKey rsa) {
                publicKey = KeyFactory.getInstance("RSA")
                        .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
            }
            if (publicKey == null) {
                throw new IllegalStateException(
                        file + " holds no PUBLIC KEY (an EC key needs its public key in the file)");
            }
            JWK jwk;
            if (publicKey instanceof ECPublicKey ec) {
                if (!Curve.P_256.equals(Curve.forECParameterSpec(ec.getParams()))) {
                    throw new IllegalStateException(file + ": an EC visa key must be on P-256 (ES256)");
                }
                ECKey.Builder builder = new ECKey.Builder(Curve.P_256, ec)
                        .keyUse(KeyUse.SIGNATURE)
                        .algorithm(JWSAlgorithm.ES256);
                if (privateKey != null) {
                    builder.privateKey(privateKey);
                }
                jwk = builder.keyIDFromThumbprint().build();
            } else if (publicKey instanceof RSAPublicKey rsa) {
                RSAKey.Builder builder =
                        new RSAKey.Builder(rsa).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256);
                if (privateKey != null) {
                    builder.privateKey(privateKey);
                }
                jwk = builder.keyIDFromThumbprint().build();
            } else {
                throw new IllegalStateException(file + ": only EC P-256 and RSA keys sign visas");
            }
            return jwk;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the visa key " + file, e);
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("cannot use the visa key " + file + ": " + e.getMessage(), e);
        }
    }

    private static PrivateKey privateKey(byte[] der) throws GeneralSecurityException {
        try {
            return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException notEc) {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        }
    }

    private static PublicKey publicKey(byte[] der) throws GeneralSecurityException {
        try {
            return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException notEc) {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        }
    }

    /** A new EC P-256 key pair as PEM: the PKCS#8 private key followed by the public key. */
    public static String newPem() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            return pem("PRIVATE KEY", pair.getPrivate().getEncoded())
                    + pem("PUBLIC KEY", pair.getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static void generate(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, newPem());
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(
                        file, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
            }
            log.warn("generated a demonstration visa signing key in {}", file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
