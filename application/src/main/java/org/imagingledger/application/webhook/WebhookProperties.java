package org.imagingledger.application.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * ledger.webhooks.*: {@code allow-loopback} (demo and tests only) lets endpoints live on this
 * machine (http://localhost...); otherwise only https URLs to hosts that are not loopback or
 * link-local are taken. The time a receiver has to answer, the connect timeout, how long the old
 * secret keeps signing after a rotation, and how many endpoints one subscriber may have.
 */
@ConfigurationProperties("ledger.webhooks")
public record WebhookProperties(
        boolean allowLoopback,
        Duration timeout,
        Duration connectTimeout,
        Duration rotationGrace,
        Integer maxEndpoints) {

    public WebhookProperties {
        timeout = timeout == null ? Duration.ofSeconds(15) : timeout;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        rotationGrace = rotationGrace == null ? Duration.ofHours(24) : rotationGrace;
        maxEndpoints = maxEndpoints == null ? 10 : maxEndpoints;
    }
}
