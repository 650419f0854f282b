package org.imagingledger.web.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.imagingledger.domain.signin.api.SignInLockedOut;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed password sign-ins, counted per user name and per client address in token buckets
 * (Bucket4j): {@code ledger.login.failures-per-user} (5) and {@code ledger.login.failures-per-address}
 * (20) failures per {@code ledger.login.window} (5 minutes), refilled continuously. An empty bucket
 * locks that name or address out, the right password included, until it refills; the lockout is
 * recorded as an event. Checked before any password is hashed, so guessing costs the server
 * nothing once locked. Buckets live in each instance; with several instances behind a balancer
 * the effective limit is at most the limit times the instances.
 */
@Component
class LoginThrottle {

    /** Sign-in refused for now; try again after {@link #retryAfter()}. */
    static final class Locked extends org.springframework.security.core.AuthenticationException {
        private final Duration retryAfter;

        Locked(Duration retryAfter) {
            super("too many failed sign-ins: try again later");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }

    private final long perUser;
    private final long perAddress;
    private final Duration window;
    private final EventGateway events;
    private final Clock clock;
    private final byte[] addressKey = new byte[32];
    private final Map<String, Bucket> users = new ConcurrentHashMap<>();
    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

    LoginThrottle(
            @Value("${ledger.login.failures-per-user:5}") long perUser,
            @Value("${ledger.login.failures-per-address:20}") long perAddress,
            @Value("${ledger.login.window:PT5M}") Duration window,
            EventGateway events,
            Clock clock) {
        this.perUser = perUser;
        this.perAddress = perAddress;
        this.window = window;
        this.events = events;
        this.clock = clock;
        new SecureRandom().nextBytes(addressKey);
    }

    /** Refuses at once when the name or the address is locked out. */
    void check(String user, String address) {
        Optional<Duration> wait = waitFor(users.get(key(user)));
        if (wait.isEmpty() && address != null) {
            wait = waitFor(addresses.get(address));
        }
        if (wait.isPresent()) {
            throw new Locked(wait.get());
        }
    }

    /** Counts a failure; the one that empties a bucket records the lockout. */
    void failed(String user, String address) {
        if (consume(users.computeIfAbsent(key(user), k -> bucket(perUser)))) {
            locked(user, null);
        }
        if (address != null && consume(addresses.computeIfAbsent(address, k -> bucket(perAddress)))) {
            locked(null, address);
        }
    }

    private void locked(String user, String address) {
        events.publish(new SignInLockedOut(
                user,
                address == null ? null : digest(address),
                clock.instant().plus(window),
                "system:sign-in",
                clock.instant()));
    }

    /** True when this failure took the last token. */
    private static boolean consume(Bucket bucket) {
        return bucket.tryConsume(1) && bucket.getAvailableTokens() == 0;
    }

    private static Optional<Duration> waitFor(Bucket bucket) {
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return Optional.empty();
        }
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return Optional.of(Duration.ofNanos(Math.max(nanos, 1_000_000_000L)));
    }

    private Bucket bucket(long failures) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(failures)
                        .refillGreedy(failures, window)
                        .build())
                .build();
    }

    private static String key(String user) {
        return user == null ? "" : user.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** A client address enters the log only as a digest under a key of this process. */
    private String digest(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(addressKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
