package org.imagingledger.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.imagingledger.application.consent.ConsentService;
import org.imagingledger.application.permit.PermitService;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.application.shared.Role;
import org.imagingledger.domain.consent.api.RecipientKind;
import org.imagingledger.domain.permit.api.PermitStatus;
import org.imagingledger.projections.catalogue.CatalogueQueries;
import org.imagingledger.projections.catalogue.DatasetView;
import org.imagingledger.projections.consent.WithdrawalNoticeView;
import org.imagingledger.projections.permit.PermitQueries;
import org.imagingledger.projections.permit.PermitView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import static org.imagingledger.demo.DemoPeople.CHAIR;

/**
 * Demo consent at four nodes (one scope change, one withdrawal fully acknowledged, one still
 * pending), data uses under the permits the access demo issued (one flagged) and one suspended
 * permit.
 */
@Component
@ConditionalOnProperty(name = "ledger.demo.enabled", havingValue = "true")
class ConsentDemo implements DemoSeeder {

    private final ConsentService consents;
    private final PermitService permitService;
    private final PermitQueries permits;
    private final CatalogueQueries catalogue;

    ConsentDemo(
            ConsentService consents, PermitService permitService, PermitQueries permits, CatalogueQueries catalogue) {
        this.consents = consents;
        this.permitService = permitService;
        this.permits = permits;
        this.catalogue = catalogue;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void seed(DemoContext context) {
        consent(
                context,
                "cs-demo-na-0001",
                "node-it-naples",
                "PSN-NA-0001",
                List.of("ds-breast-mg"),
                List.of("HMB"),
                null);
        consent(
                context,
                "cs-demo-na-0002",
                "node-it-naples",
                "PSN-NA-0002",
                List.of("ds-breast-mg"),
                List.of("GRU"),
                null);
        consent(
                context,
                "cs-demo-va-0001",
                "node-es-valencia",
                "PSN-VA-0001",
                List.of("ds-lung-ct"),
                List.of("DS"),
                "MONDO:0008903");
        consent(
                context,
                "cs-demo-va-0002",
                "node-es-valencia",
                "PSN-VA-0002",
                List.of("ds-lung-ct"),
                List.of("HMB"),
                null);
        consent(
                context,
                "cs-demo-va-0003",
                "node-es-valencia",
                "PSN-VA-0003",
                List.of("ds-paediatric-mr"),
                List.of("HMB"),
                null);
        consent(
                context,
                "cs-demo-am-0001",
                "node-nl-amsterdam",
                "PSN-AM-0001",
                List.of("ds-prostate-mr"),
                List.of("GRU"),
                null);
        consent(
                context,
                "cs-demo-am-0002",
                "node-nl-amsterdam",
                "PSN-AM-0002",
                List.of("ds-prostate-mr"),
                List.of("HMB"),
                null);
        consent(
                context,
                "cs-demo-mi-0001",
                "node-it-milan",
                "PSN-MI-0001",
                List.of("ds-colorectal-ct"),
                List.of("HMB"),
                null);

        // the subject widened the consent to the paediatric dataset of the same node
        consents.changeScope(
                "cs-demo-va-0002",
                new ConsentService.Scope(List.of("ds-lung-ct", "ds-paediatric-mr"), List.of("HMB", "GRU"), null, null),
                Caller.node("node-es-valencia"));

        // the access demo (order 20) has issued the permits by now
        List<PermitView> live =
                permits.permits().stream().filter(p -> p.getStatus().isLive()).toList();
        // Naples' breast dataset is the one the access demo's first permit covers: its notices stay pending;
        // the acknowledged withdrawal is, where possible, one that reached a permit too
        String pending = "cs-demo-na-0002";
        String acknowledged = covered(live).orElse("cs-demo-am-0002");
        consents.withdraw(pending, Caller.node(nodeOf(pending)));
        for (WithdrawalNoticeView notice : consents.withdraw(acknowledged, Caller.node(nodeOf(acknowledged)))) {
            if (notice.getRecipientKind() == RecipientKind.NODE) {
                consents.acknowledge(notice.getNoticeId(), Caller.node(notice.getRecipientId()));
            } else {
                consents.acknowledge(notice.getNoticeId(), Caller.person(notice.getAddressee(), Role.RESEARCHER));
            }
        }
        context.put("consent.withdrawn.pending", pending);
        context.put("consent.withdrawn.acknowledged", acknowledged);

        dataUses(context, live);
        suspendOne(context, live);
    }

    private void consent(
            DemoContext context,
            String id,
            String nodeId,
            String pseudonym,
            List<String> datasets,
            List<String> purposes,
            String disease) {
        consents.record(
                id, pseudonym, new ConsentService.Scope(datasets, purposes, disease, null), Caller.node(nodeId));
        context.put("consent." + pseudonym, id);
    }

    /** A demo consent (other than Naples') whose dataset a live permit covers. */
    private Optional<String> covered(List<PermitView> live) {
        return List.of("cs-demo-va-0001", "cs-demo-am-0002", "cs-demo-mi-0001").stream()
                .filter(id -> live.stream().anyMatch(p -> p.covers(datasetOf(id))))
                .findFirst();
    }

    private static String datasetOf(String consentId) {
        return switch (consentId) {
            case "cs-demo-va-0001" -> "ds-lung-ct";
            case "cs-demo-am-0002" -> "ds-prostate-mr";
            case "cs-demo-mi-0001" -> "ds-colorectal-ct";
            default -> "ds-breast-mg";
        };
    }

    private static String nodeOf(String consentId) {
        return switch (consentId.substring("cs-demo-".length(), "cs-demo-".length() + 2)) {
            case "na" -> "node-it-naples";
            case "va" -> "node-es-valencia";
            case "am" -> "node-nl-amsterdam";
            default -> "node-it-milan";
        };
    }

    /** One clean use under each of the first two permits, then one of a dataset a permit does not cover. */
    private void dataUses(DemoContext context, List<PermitView> live) {
        Instant now = context.clock().instant();
        int n = 0;
        for (PermitView permit : live.stream().limit(2).toList()) {
            Instant end = permit.getValidUntil().isBefore(now) ? permit.getValidUntil() : now.minusSeconds(60);
            Instant start = end.minus(Duration.ofHours(2)).isBefore(permit.getValidFrom())
                    ? permit.getValidFrom()
                    : end.minus(Duration.ofHours(2));
            if (!start.isBefore(end)) {
                continue;
            }
            String datasetId = permit.getDatasets().get(0);
            report(
                    "use-demo-" + (++n),
                    permit,
                    datasetId,
                    permit.getOperations().get(0),
                    start,
                    end);
        }
        PermitView permit = live.get(0);
        Optional<DatasetView> uncovered = catalogue.datasets().stream()
                .filter(d -> !permit.covers(d.getDatasetId()) && !d.isRetired())
                .findFirst();
        Instant end = now.minusSeconds(30);
        if (uncovered.isPresent()) {
            report(
                    "use-demo-flagged",
                    permit,
                    uncovered.get().getDatasetId(),
                    permit.getOperations().get(0),
                    end.minus(Duration.ofMinutes(45)),
                    end);
        } else {
            report(
                    "use-demo-flagged",
                    permit,
                    permit.getDatasets().get(0),
                    "DOWNLOAD",
                    end.minus(Duration.ofMinutes(45)),
                    end);
        }
        context.put("use.flagged", "use-demo-flagged");
    }

    private void report(
            String useId, PermitView permit, String datasetId, String operation, Instant start, Instant end) {
        String nodeId = catalogue.dataset(datasetId).map(DatasetView::getNodeId).orElseThrow();
        permitService.reportDataUse(
                new PermitService.DataUse(
                        useId, permit.getPermitId(), datasetId, "nnU-Net", "2.5.1", operation, 240, start, end),
                Caller.node(nodeId));
    }

    private void suspendOne(DemoContext context, List<PermitView> live) {
        live.stream()
                .filter(p -> p.getStatus() == PermitStatus.ACTIVE)
                .reduce((a, b) -> b)
                .ifPresent(p -> {
                    permitService.suspend(p.getPermitId(), "Security review at a holding node", CHAIR);
                    context.put("permit.suspended", p.getPermitId());
                });
    }
}
