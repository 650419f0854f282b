package org.imagingledger.web.webhook;

import java.util.Base64;
import org.imagingledger.application.webhook.StandardWebhooks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signature scheme against the Standard Webhooks specification's published test vector (the
 * one every reference library checks) and its verification rules: several space-delimited
 * signatures, the secret with or without its whsec_ prefix, a five-minute timestamp tolerance.
 */
class StandardWebhooksTest {

    // the specification's test vector (libraries/*: "sign works")
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String MESSAGE_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330L;
    private static final String BODY = "{\"test\": 2432232314}";
    private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void signsThePublishedTestVector() {
        assertThat(StandardWebhooks.sign(SECRET, MESSAGE_ID, TIMESTAMP, BODY)).isEqualTo(SIGNATURE);
        // the secret works with or without its prefix
        assertThat(StandardWebhooks.sign("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", MESSAGE_ID, TIMESTAMP, BODY))
                .isEqualTo(SIGNATURE);
    }

    @Test
    void verifiesLikeTheReferenceLibraries() {
        assertThat(StandardWebhooks.verify(
                        SECRET, MESSAGE_ID, Long.toString(TIMESTAMP), SIGNATURE, BODY, TIMESTAMP + 10))
                .isTrue();
        // one valid signature among others (a rotation, another scheme) is enough
        String many = "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= "
                + SIGNATURE + " v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=";
        assertThat(StandardWebhooks.verify(SECRET, MESSAGE_ID, Long.toString(TIMESTAMP), many, BODY, TIMESTAMP))
                .isTrue();
        // an invalid signature, another body, another id, a missing header, a timestamp out of tolerance
        assertThat(StandardWebhooks.verify(
                        SECRET,
                        MESSAGE_ID,
                        Long.toString(TIMESTAMP),
                        "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=",
                        BODY,
                        TIMESTAMP))
                .isFalse();
        assertThat(StandardWebhooks.verify(
                        SECRET, MESSAGE_ID, Long.toString(TIMESTAMP), SIGNATURE, "{\"test\": 2432232315}", TIMESTAMP))
                .isFalse();
        assertThat(StandardWebhooks.verify(SECRET, "msg_other", Long.toString(TIMESTAMP), SIGNATURE, BODY, TIMESTAMP))
                .isFalse();
        assertThat(StandardWebhooks.verify(SECRET, null, Long.toString(TIMESTAMP), SIGNATURE, BODY, TIMESTAMP))
                .isFalse();
        assertThat(StandardWebhooks.verify(
                        SECRET, MESSAGE_ID, Long.toString(TIMESTAMP), SIGNATURE, BODY, TIMESTAMP + 301))
                .isFalse();
        assertThat(StandardWebhooks.verify(
                        SECRET, MESSAGE_ID, Long.toString(TIMESTAMP), SIGNATURE, BODY, TIMESTAMP - 301))
                .isFalse();
    }

    @Test
    void newSecretsAreWhsecWithThirtyTwoRandomBytes() {
        String a = StandardWebhooks.newSecret();
        String b = StandardWebhooks.newSecret();
        assertThat(a).startsWith("whsec_").isNotEqualTo(b);
        assertThat(Base64.getDecoder().decode(a.substring(6))).hasSize(32);
    }
}
