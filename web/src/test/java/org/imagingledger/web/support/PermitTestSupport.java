package org.imagingledger.web.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.imagingledger.domain.access.api.AccessRequestApproved;
import org.imagingledger.domain.access.api.ResearchPurpose;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * API tests that need permits. The access feature's API is not there to approve requests, so
 * permits come the way the ledger issues them: from an AccessRequestApproved event.
 */
public abstract class PermitTestSupport extends ApiTestSupport {

    protected static final List<String> TRAINING = List.of("FEDERATED_TRAINING", "FEDERATED_INFERENCE");

    @Autowired
    protected EventGateway eventGateway;

    /**
     * Approves a fictitious request; the ledger issues permit with that id, valid from an hour
     * ago. The approval names its datasets as kept by the chair's override, so that these tests
     * of permits may use datasets of any data-use conditions (the purpose guard at issuance has
     * its own tests).
     */
    protected String approve(String holder, List<String> datasets, List<String> operations, Duration validFor)
            throws Exception {
        String permitId = unique("pm");
        Instant now = Instant.now();
        eventGateway.publish(new AccessRequestApproved(
                unique("ar"),
                permitId,
                holder,
                datasets,
                new ResearchPurpose(List.of("HMB"), null, false, false, true),
                operations,
                List.of("team.member"),
                now.minus(Duration.ofHours(1)),
                now.plus(validFor),
                List.of("publish results, openly"),
                datasets,
                List.of(),
                null,
                "dac_chair",
                now));
        return permitId;
    }

    protected String approve(String holder, List<String> datasets) throws Exception {
        return approve(holder, datasets, TRAINING, Duration.ofDays(365));
    }
}
