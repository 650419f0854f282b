package org.imagingledger.domain.permit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.imagingledger.domain.access.api.ResearchPurpose;
import org.imagingledger.domain.permit.api.IssuePermit;
import org.imagingledger.domain.permit.api.PermitExpired;
import org.imagingledger.domain.permit.api.PermitIssued;
import org.imagingledger.domain.permit.api.PermitReinstated;
import org.imagingledger.domain.permit.api.PermitRevoked;
import org.imagingledger.domain.permit.api.PermitSuspended;

/** The canonical "given" events of the permit tests: one permit valid T0 .. T0 + 180 days. */
final class PermitEvents {

    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    static final Instant UNTIL = T0.plus(Duration.ofDays(180));
    static final String CHAIR = "carla.chair";
    static final String NODE = "node:node-it-1";
    static final ResearchPurpose PURPOSE = new ResearchPurpose(List.of("DUO:0000006"), null, false, false, true);
    static final List<String> DATASETS = List.of("ds-1", "ds-2");
    static final List<String> OPERATIONS = List.of("FEDERATED_TRAINING", "FEDERATED_INFERENCE");

    private PermitEvents() {}

    static IssuePermit issuePermit() {
        return new IssuePermit(
                "pm-1",
                "ar-1",
                "rita.researcher",
                DATASETS,
                new ResearchPurpose(List.of("HMB"), null, false, false, true),
                OPERATIONS,
                List.of("remo.researcher"),
                T0,
                UNTIL,
                List.of(" publish results openly "),
                List.of(),
                CHAIR,
                T0);
    }

    static PermitIssued permitIssued() {
        return new PermitIssued(
                "pm-1",
                "ar-1",
                "rita.researcher",
                DATASETS,
                PURPOSE,
                OPERATIONS,
                List.of("rita.researcher", "remo.researcher"),
                T0,
                UNTIL,
                List.of("publish results openly"),
                List.of(),
                CHAIR,
                T0);
    }

    /** Suspended on day 10, reinstated on day 20. */
    static PermitSuspended suspended() {
        return new PermitSuspended("pm-1", "node breach under review", CHAIR, day(10));
    }

    static PermitReinstated reinstated() {
        return new PermitReinstated("pm-1", "the audit found nothing", CHAIR, day(20));
    }

    static PermitRevoked revoked() {
        return new PermitRevoked("pm-1", "misuse", CHAIR, day(30));
    }

    static PermitExpired expired() {
        return new PermitExpired("pm-1", UNTIL, "system:expiry", UNTIL.plusSeconds(60));
    }

    static Instant day(int days) {
        return T0.plus(Duration.ofDays(days));
    }
}
