package org.imagingledger.application.passport;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Key rotation: the first key file signs, the earlier keys stay published (a public key alone is
 * enough), so a visa signed before the rotation still verifies against the JWK Set after it.
 */
class VisaKeysTest {

    @TempDir
    Path dir;

    @Test
    void theOldKeyStaysPublishedAfterARotation() throws Exception {
        Path oldFile = dir.resolve("visa-2025.pem");
        Files.writeString(oldFile, VisaKeys.newPem());
        VisaKeys before = keys(oldFile);
        SignedJWT signedBefore = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.ES256)
                        .keyID(before.signing().getKeyID())
                        .build(),
                new JWTClaimsSet.Builder().subject("rita").build());
        signedBefore.sign(new ECDSASigner(before.signing().toECKey()));

        // rotation: a new key first; the old one reduced to its public key
        Path newFile = dir.resolve("visa-2026.pem");
        Files.writeString(newFile, VisaKeys.newPem());
        String oldPem = Files.readString(oldFile);
        Path oldPublic = dir.resolve("visa-2025.pub.pem");
        Files.writeString(oldPublic, oldPem.substring(oldPem.indexOf("-----BEGIN PUBLIC KEY-----")));
        VisaKeys after = keys(newFile, oldPublic);

        JWKSet published = JWKSet.parse(after.published().toString(true));
        assertThat(published.getKeys()).hasSize(2);
        assertThat(published.getKeys()).allMatch(k -> !k.isPrivate());
        assertThat(after.signing().getKeyID()).isNotEqualTo(before.signing().getKeyID());
        assertThat(published.getKeys().get(0).getKeyID())
                .isEqualTo(after.signing().getKeyID());
        assertThat(after.algorithm()).isEqualTo(JWSAlgorithm.ES256);

        SignedJWT parsed = SignedJWT.parse(signedBefore.serialize());
        var key = published.getKeyByKeyId(parsed.getHeader().getKeyID());
        assertThat(key).isNotNull();
        assertThat(parsed.verify(new ECDSAVerifier(key.toECKey()))).isTrue();
    }

    @Test
    void noUsableKeyNoStart() throws Exception {
        Path publicOnly = dir.resolve("public.pem");
        String pem = VisaKeys.newPem();
        Files.writeString(publicOnly, pem.substring(pem.indexOf("-----BEGIN PUBLIC KEY-----")));
        assertThatThrownBy(() -> keys(publicOnly)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new VisaKeys(new PassportProperties(List.of(), null, null, null, null), dir, false))
                .isInstanceOf(IllegalStateException.class);
        // a generated (demonstration) key is kept and used again
        VisaKeys generated = new VisaKeys(new PassportProperties(List.of(), null, null, null, null), dir, true);
        VisaKeys again = new VisaKeys(new PassportProperties(List.of(), null, null, null, null), dir, true);
        assertThat(again.signing().getKeyID()).isEqualTo(generated.signing().getKeyID());
    }

    private VisaKeys keys(Path... files) {
        return new VisaKeys(new PassportProperties(List.of(files), null, null, null, null), dir, false);
    }
}
