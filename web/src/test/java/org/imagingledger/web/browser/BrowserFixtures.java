package org.imagingledger.web.browser;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.imagingledger.application.access.AccessService;
import org.imagingledger.application.catalogue.CatalogueService;
import org.imagingledger.application.consent.ConsentService;
import org.imagingledger.application.permit.PermitService;
import org.imagingledger.domain.access.api.RequestContent;
import org.imagingledger.domain.access.api.ResearchPurpose;
import org.imagingledger.domain.catalogue.api.DataUseConditions;
import org.imagingledger.domain.catalogue.api.DatasetMetadata;
import org.imagingledger.projections.consent.WithdrawalNoticeView;
import org.imagingledger.web.support.People;

/**
 * The state a browser test starts from, made through the application's services (as the API
 * would make it), so that each test drives only the pages it is about. The people are the
 * test users of {@link BrowserTestSupport}.
 */
final class BrowserFixtures {

    static final String RESEARCHER = "ui.researcher";
    static final String CHAIR = "ui.chair";
    static final String MEMBER = "ui.member";
    static final String MEMBER2 = "ui.member2";
    /** A node operator (a person acting for the node OPERATED_NODE). */
    static final String OPERATOR = "ui.operator";

    static final String OPERATED_NODE = "node-ui-operated";
    static final String AUDITOR = "ui.auditor";
    static final String ADMIN = "ui.admin";

    private final CatalogueService catalogue;
    private final AccessService access;
    private final ConsentService consent;
    private final PermitService permits;
    private final org.imagingledger.projections.catalogue.CatalogueQueries queries;

    BrowserFixtures(
            CatalogueService catalogue,
            AccessService access,
            ConsentService consent,
            PermitService permits,
            org.imagingledger.projections.catalogue.CatalogueQueries queries) {
        this.queries = queries;
        this.catalogue = catalogue;
        this.access = access;
        this.consent = consent;
        this.permits = permits;
    }

    /** A node (with its bearer token, for the API) and one of its datasets, open to general research use. */
    record Holding(String nodeId, String datasetId, String token) {}

    Holding holding(String title) {
        String node = BrowserTestSupport.unique("node-ui");
        String token = catalogue
                .registerNode(node, "Browser test hospital", "IT", People.as("test"))
                .token();
        String dataset = catalogue.registerDataset(
                BrowserTestSupport.unique("ds-ui"),
                node,
                new DatasetMetadata(title, "MONDO:0008315", List.of("MR"), 40, 40),
                new DataUseConditions(List.of("GRU"), null),
                false,
                People.as("test"));
        return new Holding(node, dataset, token);
    }

    /**
     * A dataset of the node the test operator acts for (registered once), whose node must agree
     * to every request.
     */
    Holding operatedHolding(String title) {
        String token = null;
        if (queries.node(OPERATED_NODE).isEmpty()) {
            token = catalogue
                    .registerNode(OPERATED_NODE, "Operated test hospital", "IT", People.as("test"))
                    .token();
        }
        String dataset = catalogue.registerDataset(
                BrowserTestSupport.unique("ds-op"),
                OPERATED_NODE,
                new DatasetMetadata(title, "MONDO:0008315", List.of("MR"), 40, 40),
                new DataUseConditions(List.of("GRU"), null),
                true,
                People.as("test"));
        return new Holding(OPERATED_NODE, dataset, token);
    }

    /** A dataset at the holding's node with other data-use conditions (no node approval needed). */
    String dataset(Holding holding, String title, List<String> codes) {
        return catalogue.registerDataset(
                BrowserTestSupport.unique("ds-ui"),
                holding.nodeId(),
                new DatasetMetadata(title, "MONDO:0007254", List.of("MG"), 120, 480),
                new DataUseConditions(codes, null),
                false,
                People.as("test"));
    }

    /**
     * A request for general research use (GRU, not health research) on these datasets, submitted
     * and approved by the two members: it waits for the chair.
     */
    String reviewedForGeneralResearch(List<String> datasets, String title) {
        Instant from = Instant.now().truncatedTo(ChronoUnit.DAYS);
        String id = access.draft(
                new RequestContent(
                        title,
                        datasets,
                        new ResearchPurpose(List.of("GRU"), null, false, false, false),
                        "A general-purpose image encoder trained across nodes.",
                        List.of("FEDERATED_TRAINING"),
                        from,
                        from.plus(365, ChronoUnit.DAYS),
                        List.of()),
                People.as(RESEARCHER));
        access.submit(id, People.as(RESEARCHER));
        access.assignReviewers(id, List.of(MEMBER, MEMBER2), People.as(CHAIR));
        access.vote(id, "APPROVE", "sound", People.as(MEMBER));
        access.vote(id, "APPROVE", "sound", People.as(MEMBER2));
        return id;
    }

    String submitted(String datasetId, String title) {
        Instant from = Instant.now().truncatedTo(ChronoUnit.DAYS);
        String id = access.draft(
                new RequestContent(
                        title,
                        List.of(datasetId),
                        new ResearchPurpose(List.of("HMB"), null, false, false, false),
                        "Benchmark segmentation models without moving images.",
                        List.of("FEDERATED_TRAINING"),
                        from,
                        from.plus(365, ChronoUnit.DAYS),
                        List.of()),
                People.as(RESEARCHER));
        access.submit(id, People.as(RESEARCHER));
        return id;
    }

    /** Submitted, reviewed by two members who approve, approved by the chair: returns the permit id. */
    String permit(String datasetId, String title) {
        String id = submitted(datasetId, title);
        access.assignReviewers(id, List.of(MEMBER, MEMBER2), People.as(CHAIR));
        access.vote(id, "APPROVE", "sound", People.as(MEMBER));
        access.vote(id, "APPROVE", "sound", People.as(MEMBER2));
        Instant now = Instant.now();
        return access.decide(
                        id,
                        "APPROVE",
                        null,
                        List.of(),
                        now.minus(1, ChronoUnit.DAYS),
                        now.plus(365, ChronoUnit.DAYS),
                        People.as(CHAIR))
                .permitId();
    }

    /** A subject's consent to the dataset, recorded and withdrawn by its node: the notices it sent. */
    List<WithdrawalNoticeView> withdrawal(Holding holding) {
        String consentId = consent.record(
                null,
                BrowserTestSupport.unique("PSN"),
                new ConsentService.Scope(List.of(holding.datasetId()), List.of("GRU"), null, null),
                People.node(holding.nodeId()));
        return consent.withdraw(consentId, People.node(holding.nodeId()));
    }

    /** A use the node reports under the permit that the permit does not allow (a download): it is flagged. */
    void flaggedUse(Holding holding, String permitId) {
        Instant now = Instant.now();
        permits.reportDataUse(
                new PermitService.DataUse(
                        null,
                        permitId,
                        holding.datasetId(),
                        "dicom-export",
                        "1.0",
                        "DOWNLOAD",
                        12,
                        now.minus(2, ChronoUnit.HOURS),
                        now.minus(1, ChronoUnit.HOURS)),
                People.node(holding.nodeId()));
    }

    void suspend(String permitId) {
        permits.suspend(permitId, "audit pending", People.as(CHAIR));
    }
}
