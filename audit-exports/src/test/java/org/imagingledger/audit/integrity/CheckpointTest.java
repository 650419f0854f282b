package org.imagingledger.audit.integrity;

import java.time.Instant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckpointTest {

    @Test
    void signedTextRoundTripsAndVerifiesOnlyUnchanged() {
        SigningKey key = SigningKey.of(Ed25519Keys.generate());
        MerkleTree tree = MerkleTest.tree(5);
        Checkpoint c = Checkpoint.of("ledger-test", tree, 5, Instant.parse("2026-01-02T03:04:05Z"), key.keyId());
        assertThat(c.text())
                .isEqualTo("imaging-ledger checkpoint v1\norigin ledger-test\nsize 5\nroot " + MerkleTest.ROOTS[5]
                        + "\ntime 2026-01-02T03:04:05Z\nkey " + key.keyId() + "\n");
        byte[] sig = key.sign(c.bytes());
        var publicKey = Ed25519Keys.parsePublicPem(key.publicPem());
        assertThat(Ed25519Keys.verify(publicKey, Checkpoint.parse(c.text()).bytes(), sig))
                .isTrue();
        assertThat(Ed25519Keys.verify(
                        publicKey, c.text().replace("size 5", "size 6").getBytes(), sig))
                .isFalse();
        assertThat(Ed25519Keys.keyId(publicKey)).isEqualTo(key.keyId()).hasSize(16);
    }

    @Test
    void parseRefusesNonCanonicalText() {
        SigningKey key = SigningKey.of(Ed25519Keys.generate());
        String text = Checkpoint.of("o", MerkleTest.tree(2), 2, Instant.EPOCH, key.keyId())
                .text();
        assertThatThrownBy(() -> Checkpoint.parse(text.replace("size 2", "size 02")))
                .hasMessageContaining("canonical");
        assertThatThrownBy(() -> Checkpoint.parse(text.toUpperCase())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Checkpoint.parse(text + "\n")).isInstanceOf(IllegalArgumentException.class);
    }
}
