package org.imagingledger.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.imagingledger.application.access.AccessService;
import org.imagingledger.application.access.Documents;
import org.imagingledger.application.dac.Deputies;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.domain.access.api.RequestContent;
import org.imagingledger.domain.access.api.ResearchPurpose;
import org.imagingledger.domain.shared.DuoTerms;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import static org.imagingledger.demo.DemoPeople.ADMIN;
import static org.imagingledger.demo.DemoPeople.CHAIR;
import static org.imagingledger.demo.DemoPeople.DIANA;
import static org.imagingledger.demo.DemoPeople.DIRK;
import static org.imagingledger.demo.DemoPeople.DORA;
import static org.imagingledger.demo.DemoPeople.REMO;
import static org.imagingledger.demo.DemoPeople.RITA;

/**
 * Demo access requests in every state, made through the service as the demo people and nodes.
 * The overdue one is backdated (drafted and submitted 70 days ago, so its two-month deadline
 * has passed): the only place where the ledger is told another time than now, and only here,
 * in demo data. Three approvals issue permits, one of them expiring in three days.
 */
@Component
@ConditionalOnProperty(name = "ledger.demo.enabled", havingValue = "true")
class AccessDemo implements DemoSeeder {

    private static final String HMB = "DUO:0000006";
    private static final String DS = "DUO:0000007";
    private static final List<String> TRAIN = List.of("FEDERATED_TRAINING", "FEDERATED_INFERENCE");
    private static final List<String> BENCH = List.of("FEDERATED_BENCHMARKING");

    private final AccessService access;
    private final Documents documents;
    private final Deputies deputies;

    AccessDemo(AccessService access, Documents documents, Deputies deputies) {
        this.access = access;
        this.documents = documents;
        this.deputies = deputies;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void seed(DemoContext context) {
        Instant now = context.clock().instant();
        String breastMg = context.id("dataset.ds-breast-mg");
        String lungCt = context.id("dataset.ds-lung-ct");
        String prostateMr = context.id("dataset.ds-prostate-mr");
        String colorectalCt = context.id("dataset.ds-colorectal-ct");
        String paediatricMr = context.id("dataset.ds-paediatric-mr");

        context.put(
                "request.draft",
                access.draft(
                        new RequestContent(
                                "Paediatric brain tumour segmentation",
                                List.of(paediatricMr),
                                purpose(HMB),
                                null,
                                TRAIN,
                                null,
                                null,
                                List.of()),
                        RITA));

        // the colorectal dataset carries IRB: no submission without the ethics committee's approval
        String colorectal = drafted(
                access,
                REMO,
                "Colorectal polyp detection benchmark",
                List.of(colorectalCt),
                purpose(HMB),
                BENCH,
                List.of(RITA.name()),
                now);
        documents.attach(
                colorectal, "ETHICS_APPROVAL", "ethics-approval-2026-041.pdf", pdf("Ethics approval 2026/041"), REMO);
        documents.attach(colorectal, "PROTOCOL", "study-protocol-v2.pdf", pdf("Study protocol v2"), REMO);
        access.submit(colorectal, REMO);
        // the chair steps aside (she co-supervises the team); a deputy chair will assign the panel
        access.declareConflict(colorectal, "I co-supervise a member of the applicant's team.", CHAIR);
        deputies.grant(DIANA.name(), ADMIN);
        context.put("request.submitted", colorectal);

        String review = submitted(
                access, RITA, "Prostate MR lesion detection", List.of(prostateMr), purpose(HMB), TRAIN, List.of(), now);
        access.assignReviewers(review, List.of(DORA.name(), DIRK.name(), DIANA.name()), CHAIR);
        access.declareConflict(review, "Co-author of the applicant in the last three years", DIANA);
        access.vote(review, "APPROVE", "Clear protocol; federated training only.", DORA);
        access.comment(review, "The cohort is small for a 3D detector; ask how they avoid overfitting.", DORA);
        access.ask(review, "How will you keep the detector from overfitting to the Amsterdam scanner?", DIRK);
        context.put("request.review", review);

        // a general-research purpose on health-research-only data: the purpose check fails for it
        String broad = submitted(
                access,
                REMO,
                "General image foundation model",
                List.of(breastMg, prostateMr),
                purpose(DuoTerms.GRU),
                TRAIN,
                List.of(),
                now);
        access.assignReviewers(broad, List.of(DORA.name(), DIRK.name()), CHAIR);
        access.vote(broad, "APPROVE", "Scientifically sound.", DORA);
        access.vote(broad, "APPROVE", "Fine, within the conditions the check allows.", DIRK);
        String question = access.ask(broad, "Which clinical questions will the model serve?", DORA);
        access.answer(broad, question, "None yet: it is a general-purpose image encoder.", REMO);
        access.comment(
                broad, "The mammography set is for health research only (HMB); the purpose is general research.", DIRK);
        access.recordNodeDecision(broad, breastMg, true, null, Caller.node(context.id("node.node-it-naples")));
        context.put("request.purpose-failed", broad);

        String returned = drafted(
                access,
                REMO,
                "Multi-cancer CT foundation model",
                List.of(lungCt, colorectalCt),
                purpose(HMB),
                TRAIN,
                List.of(),
                now);
        documents.attach(
                returned, "ETHICS_APPROVAL", "ethics-approval-2026-007.pdf", pdf("Ethics approval 2026/007"), REMO);
        access.submit(returned, REMO);
        access.decide(
                returned,
                "RETURN",
                "Describe how model weights leave the nodes and who may use them.",
                null,
                null,
                null,
                CHAIR);
        context.put("request.returned", returned);

        String rejected = submitted(
                access,
                REMO,
                "Mammography triage for a commercial product",
                List.of(breastMg),
                new ResearchPurpose(List.of(HMB), null, true, true, false),
                TRAIN,
                List.of(),
                now);
        access.assignReviewers(rejected, List.of(DORA.name(), DIRK.name()), CHAIR);
        access.vote(rejected, "REJECT", "The dataset's consent excludes commercial use (NCU).", DORA);
        access.vote(rejected, "REJECT", "Same: NCU on the dataset.", DIRK);
        String naples = context.id("node.node-it-naples");
        access.recordNodeDecision(
                rejected, breastMg, false, "Our consent excludes commercial use.", Caller.node(naples));
        access.decide(
                rejected,
                "REJECT",
                "The purpose is commercial; the data-use conditions forbid it (NCU).",
                null,
                null,
                null,
                CHAIR);
        context.put("request.rejected", rejected);

        String withdrawn = submitted(
                access,
                RITA,
                "Lung CT radiomics pilot",
                List.of(lungCt),
                new ResearchPurpose(List.of(DS), "MONDO:0008903", false, false, false),
                BENCH,
                List.of(),
                now);
        access.withdraw(withdrawn, "Pilot funding ended.", RITA);
        context.put("request.withdrawn", withdrawn);

        context.put("request.overdue", overdue(context.clock(), paediatricMr));

        approved(
                context,
                "breast",
                RITA,
                "Federated breast density model",
                List.of(breastMg, paediatricMr),
                List.of(REMO.name()),
                now.plus(Duration.ofDays(365)),
                now);
        approved(
                context,
                "lung",
                REMO,
                "Lung nodule federated benchmarking",
                List.of(lungCt),
                List.of(RITA.name()),
                now.plus(Duration.ofDays(180)),
                now);
        approved(
                context,
                "expiring",
                RITA,
                "Prostate MR quality audit",
                List.of(prostateMr),
                List.of(),
                now.plus(Duration.ofDays(3)),
                now);
    }

    /** Drafted and submitted 70 days ago, panel set 60 days ago: past its deadline, awaiting Valencia. */
    private String overdue(Clock clock, String dataset) {
        AccessService past = access.withClock(Clock.offset(clock, Duration.ofDays(-70)));
        String id = submitted(
                past,
                REMO,
                "Paediatric MR tumour grading",
                List.of(dataset),
                purpose(HMB),
                TRAIN,
                List.of(),
                past.now());
        access.withClock(Clock.offset(clock, Duration.ofDays(-60)))
                .assignReviewers(id, List.of(DORA.name(), DIRK.name()), CHAIR);
        return id;
    }

    /**
     * Reviewed, agreed by every node that must agree (Valencia declines the paediatric set of
     * the breast request, which is then left out of the permit), and approved 30 days ago, so
     * that the permits have a past in which the nodes report data uses.
     */
    private void approved(
            DemoContext context,
            String name,
            Caller applicant,
            String title,
            List<String> datasets,
            List<String> team,
            Instant validUntil,
            Instant today) {
        AccessService access = this.access.withClock(Clock.offset(context.clock(), Duration.ofDays(-30)));
        Instant now = today.minus(Duration.ofDays(30));
        boolean lung = datasets.contains(context.id("dataset.ds-lung-ct"));
        String id = submitted(
                access,
                applicant,
                title,
                datasets,
                lung ? new ResearchPurpose(List.of(DS), "MONDO:0008903", false, false, false) : purpose(HMB),
                lung ? BENCH : TRAIN,
                team,
                now);
        access.assignReviewers(id, List.of(DORA.name(), DIRK.name()), CHAIR);
        access.vote(id, "APPROVE", "Within the data-use conditions.", DORA);
        access.vote(id, "APPROVE", "Agree; federated only.", DIRK);
        String breast = context.id("dataset.ds-breast-mg");
        String paediatric = context.id("dataset.ds-paediatric-mr");
        String naples = context.id("node.node-it-naples");
        String valencia = context.id("node.node-es-valencia");
        if (datasets.contains(breast)) {
            access.recordNodeDecision(id, breast, true, null, Caller.node(naples));
        }
        if (datasets.contains(paediatric)) {
            access.recordNodeDecision(
                    id, paediatric, false, "Paediatric data only for paediatric research.", Caller.node(valencia));
        }
        String permit = access.decide(
                        id,
                        "APPROVE",
                        null,
                        List.of("Publish results openly within 12 months", "No attempt to re-identify subjects"),
                        now,
                        validUntil,
                        CHAIR)
                .permitId();
        context.put("request." + name, id);
        context.put("permit." + name, permit);
    }

    private static String drafted(
            AccessService service,
            Caller applicant,
            String title,
            List<String> datasets,
            ResearchPurpose purpose,
            List<String> operations,
            List<String> team,
            Instant now) {
        return service.draft(
                new RequestContent(
                        title,
                        datasets,
                        purpose,
                        "Demo project: " + title.toLowerCase() + ", run as federated analysis at the holding nodes.",
                        operations,
                        now,
                        now.plus(Duration.ofDays(365)),
                        team),
                applicant);
    }

    /** A one-page PDF (header, an object, cross-reference offset and trailer): enough for the demo's documents. */
    static byte[] pdf(String title) {
        String body = "%PDF-1.4\n1 0 obj\n<< /Title (" + title + ") >>\nendobj\n";
        return (body + "trailer\n<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String submitted(
            AccessService service,
            Caller applicant,
            String title,
            List<String> datasets,
            ResearchPurpose purpose,
            List<String> operations,
            List<String> team,
            Instant now) {
        String id = drafted(service, applicant, title, datasets, purpose, operations, team, now);
        service.submit(id, applicant);
        return id;
    }

    private static ResearchPurpose purpose(String code) {
        return new ResearchPurpose(List.of(code), null, false, false, false);
    }
}
