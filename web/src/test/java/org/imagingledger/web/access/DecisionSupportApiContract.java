package org.imagingledger.web.access;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.imagingledger.application.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingledger.web.support.Problems.problem;
import static org.imagingledger.web.support.Problems.refused;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The purpose check at review and the chair's override, documents, the discussion, the inbox
 * and the paged lists, through the API; run on H2 and on PostgreSQL by the subclasses.
 */
abstract class DecisionSupportApiContract extends DecisionSupportTestSupport {

    // --- purpose check and override

    @Test
    void aFailedPurposeCheckLeavesTheDatasetOutOfThePermit() throws Exception {
        String hmb = registerDataset(holder, List.of("HMB"), null, false);
        String gru = registerDataset(holder, List.of("GRU"), null, false);
        String id = draft(generalResearch(List.of(hmb, gru), List.of()));
        JsonNode submitted = submit(id);

        JsonNode failed = check(submitted, hmb);
        assertThat(failed.get("outcome").asText()).isEqualTo("NOT_COMPATIBLE");
        assertThat(failed.get("allow").asBoolean()).isFalse();
        assertThat(failed.get("trigger").asText()).isEqualTo("SUBMISSION");
        assertThat(failed.get("revision").asText()).startsWith("builtin-");
        assertThat(texts(failed.get("reasons"), "code")).containsExactly("DUO_NOT_HEALTH_RESEARCH");
        assertThat(failed.get("reasons").get(0).get("message").asText())
                .isEqualTo("the dataset allows health, medical or biomedical research only (HMB)");
        assertThat(failed.get("grantable").asBoolean()).isFalse();
        assertThat(check(submitted, gru).get("outcome").asText()).isEqualTo("COMPATIBLE");

        reviewed(id);
        String permitId = post(BASE + "/" + id + "/decision", approval(), CHAIR)
                .get("permitId")
                .asText();
        JsonNode permit = get("/api/v1/permits/" + permitId, CHAIR);
        assertThat(permit.get("datasets")).extracting(JsonNode::asText).containsExactly(gru);
        JsonNode approvedEvent = lastEvent(id).get("payload");
        assertThat(approvedEvent.get("purposeExcluded"))
                .extracting(JsonNode::asText)
                .containsExactly(hmb);
        assertThat(approvedEvent.get("overriddenDatasets")).isEmpty();
        assertThat(request(id).get("purposeExcluded"))
                .extracting(JsonNode::asText)
                .containsExactly(hmb);
    }

    @Test
    void theChairKeepsAFailedDatasetOnlyWithAnOverrideAndItsReason() throws Exception {
        String hmb = registerDataset(holder, List.of("HMB"), null, false);
        String gru = registerDataset(holder, List.of("GRU"), null, false);
        String id = draft(generalResearch(List.of(hmb, gru), List.of()));
        submit(id);
        reviewed(id);
        String path = BASE + "/" + id + "/purpose-checks/" + hmb + "/override";

        long before = events();
        call(HttpMethod.POST, path, Map.of("reason", " "), CHAIR)
                .andExpect(refused(HttpStatus.BAD_REQUEST, "reason", "required"));
        call(HttpMethod.POST, BASE + "/" + id + "/purpose-checks/" + gru + "/override", Map.of("reason", "x"), CHAIR)
                .andExpect(problem(HttpStatus.CONFLICT, "override_not_needed"));
        call(HttpMethod.POST, BASE + "/" + id + "/purpose-checks/ds-elsewhere/override", Map.of("reason", "x"), CHAIR)
                .andExpect(refused(HttpStatus.BAD_REQUEST, "datasetId", "not_requested"));
        call(HttpMethod.POST, path, Map.of("reason", "x"), DORA)
                .andExpect(problem(HttpStatus.FORBIDDEN, "role_forbids"));
        assertThat(events()).isEqualTo(before);

        JsonNode overridden = post(path, Map.of("reason", "imaging methods work agreed with the holding node"), CHAIR);
        JsonNode kept = check(overridden, hmb);
        assertThat(kept.get("override").get("reason").asText())
                .isEqualTo("imaging methods work agreed with the holding node");
        assertThat(kept.get("override").get("by").asText()).isEqualTo("carla.chair");
        assertThat(kept.get("grantable").asBoolean()).isTrue();
        JsonNode event = lastEvent(id);
        assertThat(event.get("type").asText()).isEqualTo("PurposeCheckOverridden");
        assertThat(event.get("payload").get("failedReasons"))
                .extracting(JsonNode::asText)
                .containsExactly("DUO_NOT_HEALTH_RESEARCH");
        before = events();
        call(HttpMethod.POST, path, Map.of("reason", "again"), CHAIR)
                .andExpect(problem(HttpStatus.CONFLICT, "already_overridden"));
        assertThat(events()).isEqualTo(before);

        String permitId = post(BASE + "/" + id + "/decision", approval(), CHAIR)
                .get("permitId")
                .asText();
        JsonNode permit = get("/api/v1/permits/" + permitId, CHAIR);
        assertThat(permit.get("datasets")).extracting(JsonNode::asText).containsExactlyInAnyOrder(hmb, gru);
        JsonNode issued = get("/api/v1/trail/" + permitId, AUDITOR).get("items").get(0);
        assertThat(issued.get("type").asText()).isEqualTo("PermitIssued");
        assertThat(issued.get("payload").get("overriddenDatasets"))
                .extracting(JsonNode::asText)
                .containsExactly(hmb);

        // the auditor finds the override in every file of an export that should carry it
        Map<String, byte[]> files = export(id);
        String jsonl = new String(files.get("events.jsonl"), StandardCharsets.UTF_8);
        assertThat(jsonl).contains("PurposeCheckOverridden", "imaging methods work agreed with the holding node");
        String fhir = new String(files.get("fhir-bundle.json"), StandardCharsets.UTF_8);
        assertThat(fhir).contains("\"overrideReason\"", "imaging methods work agreed with the holding node");
        assertThat(fhir).contains("\"failedReasons\"", "DUO_NOT_HEALTH_RESEARCH");
        String report = pdfText(files.get("report.pdf"));
        assertThat(report).contains("Purpose-check overrides", hmb, "carla.chair");
    }

    @Test
    void theChairRunsTheCheckAgainOnDemand() throws Exception {
        String gru = registerDataset(holder, List.of("GRU"), null, false);
        String id = draft(generalResearch(List.of(gru), List.of()));
        submit(id);
        long before = events();
        call(HttpMethod.POST, BASE + "/" + id + "/purpose-checks", null, as(teamMember, Role.RESEARCHER))
                .andExpect(problem(HttpStatus.FORBIDDEN, "role_forbids"));
        assertThat(events()).isEqualTo(before);
        JsonNode rechecked = post(BASE + "/" + id + "/purpose-checks", null, CHAIR);
        assertThat(check(rechecked, gru).get("trigger").asText()).isEqualTo("ON_DEMAND");
        assertThat(events()).isEqualTo(before + 1);
    }

    @Test
    void obligationsAreListedAndAnIrbDatasetNeedsAnEthicsApproval() throws Exception {
        String irb = registerDataset(holder, List.of("GRU", "IRB", "PUB"), null, false);
        String id = draft(generalResearch(List.of(irb), List.of()));
        long before = events();
        call(HttpMethod.POST, BASE + "/" + id + "/submit", null, researcher)
                .andExpect(problem(HttpStatus.CONFLICT, "ethics_approval_missing"));
        assertThat(events()).isEqualTo(before);

        attached(id, "PROTOCOL", "protocol.pdf", pdf("protocol"));
        call(HttpMethod.POST, BASE + "/" + id + "/submit", null, researcher)
                .andExpect(problem(HttpStatus.CONFLICT, "ethics_approval_missing"));
        attached(id, "ETHICS_APPROVAL", "ethics.pdf", pdf("ethics"));
        JsonNode submitted = submit(id);
        JsonNode obligations = check(submitted, irb).get("obligations");
        assertThat(texts(obligations, "shorthand")).containsExactly("PUB", "IRB");
        assertThat(obligations.get(1).get("message").asText())
                .isEqualTo("attach the approval of an ethics committee to this request (IRB)");
        JsonNode inItalian = json.readTree(mvc.perform(MockMvcRequestBuilders.get(BASE + "/" + id)
                        .header("Accept-Language", "it")
                        .with(researcher))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(check(inItalian, irb)
                        .get("obligations")
                        .get(1)
                        .get("message")
                        .asText())
                .isEqualTo("allegare a questa richiesta l'approvazione di un comitato etico (IRB)");
    }

    // --- documents

    @Test
    void documentsAreCheckedByContentStoredWithTheirHashAndHandedOutToTheEntitled() throws Exception {
        String gru = registerDataset(holder, List.of("GRU"), null, false);
        String id = draft(generalResearch(List.of(gru), List.of(teamMember)));
        byte[] pdf = pdf("ethics committee approval 2026/17");
        long before = events();
        upload(id, "ETHICS_APPROVAL", "notes.pdf", "not a pdf at all".getBytes(StandardCharsets.UTF_8), researcher)
                .andExpect(refused(HttpStatus.BAD_REQUEST, "file", "unsupported_document"));
        upload(id, "ETHICS_APPROVAL", "cut.pdf", java.util.Arrays.copyOf(pdf, 20), researcher)
                .andExpect(refused(HttpStatus.BAD_REQUEST, "file", "unsupported_document"));
        upload(id, "MINUTES", "ethics.pdf", pdf, researcher)
                .andExpect(refused(HttpStatus.BAD_REQUEST, "kind", "not_one_of"));
        upload(id, "ETHICS_APPROVAL", "ethics.pdf", pdf, as(teamMember, Role.RESEARCHER))
                .andExpect(problem(HttpStatus.FORBIDDEN, "not_applicant"));
        upload(id, "ETHICS_APPROVAL", "big.pdf", new byte[20 * 1024 * 1024 + 1], researcher)
                .andExpect(refused(HttpStatus.PAYLOAD_TOO_LARGE, "file", "document_too_large"));
        assertThat(events()).isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "select count(*) from access_document_blob where request_id = ?", Long.class, id))
                .isZero();

        JsonNode doc = attached(id, "ETHICS_APPROVAL", "C:\\Users\\rita\\ethics.pdf", pdf);
        assertThat(events()).isEqualTo(before + 1);
        assertThat(doc.get("fileName").asText()).isEqualTo("ethics.pdf");
        assertThat(doc.get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(doc.get("size").asLong()).isEqualTo(pdf.length);
        assertThat(doc.get("sha256").asText())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(attached(id, "OTHER", "scan.png", image("png"))
                        .get("mediaType")
                        .asText())
                .isEqualTo("image/png");
        assertThat(attached(id, "OTHER", "photo.jpg", image("jpeg"))
                        .get("mediaType")
                        .asText())
                .isEqualTo("image/jpeg");
        upload(id, "PROTOCOL", "again.pdf", pdf, researcher)
                .andExpect(refused(HttpStatus.BAD_REQUEST, "file", "duplicate_entry"));

        submit(id);
        post(BASE + "/" + id + "/reviewers", Map.of("reviewers", List.of("dora.dac", "dirk.dac")), CHAIR);
        String download = doc.get("href").asText();
        for (RequestPostProcessor entitled :
                List.of(researcher, as(teamMember, Role.RESEARCHER), DORA, CHAIR, AUDITOR)) {
            byte[] got = mvc.perform(MockMvcRequestBuilders.get(download).with(entitled))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "application/pdf"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            assertThat(got).isEqualTo(pdf);
        }
        call(HttpMethod.GET, download, null, DIANA).andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        for (RequestPostProcessor other : List.of(ADMIN, bearer(holder.token()))) {
            call(HttpMethod.GET, download, null, other).andExpect(problem(HttpStatus.FORBIDDEN, "role_forbids"));
        }
        call(HttpMethod.GET, download, null, as(unique("eve"), Role.RESEARCHER))
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));

        Map<String, byte[]> files = export(id);
        assertThat(new String(files.get("events.jsonl"), StandardCharsets.UTF_8))
                .contains("DocumentAttached", doc.get("sha256").asText());
        assertThat(new String(files.get("fhir-bundle.json"), StandardCharsets.UTF_8))
                .contains("documentSha256", doc.get("sha256").asText());
        String report = pdfText(files.get("report.pdf"));
        assertThat(report).contains("Documents attached");
        assertThat(report.replaceAll("\\s", ""))
                .contains("SHA-256" + doc.get("sha256").asText());
    }

    // --- discussion

    @Test
    void thePanelDiscussesAndAsksTheApplicantWhoAnswers() throws Exception {
        String gru = registerDataset(holder, List.of("GRU"), null, false);
        String id = draft(generalResearch(List.of(gru), List.of(teamMember)));
        submit(id);
        post(BASE + "/" + id + "/reviewers", Map.of("reviewers", List.of("dora.dac", "dirk.dac")), CHAIR);

        long before = events();
        call(HttpMethod.POST, BASE + "/" + id + "/comments", Map.of("text", "hello"), DIANA)
                .andExpect(problem(HttpStatus.FORBIDDEN, "not_reviewer"));
        call(HttpMethod.POST, BASE + "/" + id + "/comments", Map.of("text", "please approve"), researcher)
                .andExpect(problem(HttpStatus.FORBIDDEN, "role_forbids"));
        call(HttpMethod.POST, BASE + "/" + id + "/comments", Map.of("text", " "), DORA)
                .andExpect(refused(HttpStatus.BAD_REQUEST, "text", "required"));
        assertThat(events()).isEqualTo(before);
        post(BASE + "/" + id + "/comments", Map.of("text", "The cohort is small for a 3D model."), DORA);
        post(BASE + "/" + id + "/comments", Map.of("text", "Ask them about augmentation."), CHAIR);
        String question = post(BASE + "/" + id + "/questions", Map.of("text", "Which scanners?"), DIRK)
                .get("id")
                .asText();

        for (RequestPostProcessor dacSide : List.of(CHAIR, AUDITOR, ADMIN)) {
            assertThat(texts(get(BASE + "/" + id, dacSide).get("panelComments"), "text"))
                    .containsExactly("The cohort is small for a 3D model.", "Ask them about augmentation.");
        }
        // blinded: a reviewer reads the panel's comments once they have voted themselves
        assertThat(get(BASE + "/" + id, DIRK).get("panelComments")).isEmpty();
        post(BASE + "/" + id + "/votes", Map.of("vote", "APPROVE", "comment", "fine"), DIRK);
        assertThat(texts(get(BASE + "/" + id, DIRK).get("panelComments"), "text"))
                .containsExactly("The cohort is small for a 3D model.", "Ask them about augmentation.");
        for (RequestPostProcessor notPanel : List.of(researcher, as(teamMember, Role.RESEARCHER), DIANA)) {
            assertThat(get(BASE + "/" + id, notPanel).get("panelComments")).isEmpty();
        }
        assertThat(get("/api/v1/trail/" + id, as(teamMember, Role.RESEARCHER, Role.DAC_MEMBER))
                        .get("items"))
                .extracting(e -> e.get("type").asText())
                .doesNotContain("PanelCommentPosted", "ReviewersAssigned");

        before = events();
        call(HttpMethod.POST, BASE + "/" + id + "/questions/" + question + "/answer", Map.of("text", "x"), DORA)
                .andExpect(problem(HttpStatus.FORBIDDEN, "role_forbids"));
        call(HttpMethod.POST, BASE + "/" + id + "/questions/qst-nowhere/answer", Map.of("text", "x"), researcher)
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        assertThat(events()).isEqualTo(before);
        post(
                BASE + "/" + id + "/questions/" + question + "/answer",
                Map.of("text", "Siemens and GE, 1.5 and 3 T."),
                as(teamMember, Role.RESEARCHER));
        call(
                        HttpMethod.POST,
                        BASE + "/" + id + "/questions/" + question + "/answer",
                        Map.of("text", "again"),
                        researcher)
                .andExpect(problem(HttpStatus.CONFLICT, "already_answered"));
        for (RequestPostProcessor bothSides : List.of(researcher, DORA, AUDITOR)) {
            JsonNode q = get(BASE + "/" + id, bothSides).get("questions").get(0);
            assertThat(q.get("text").asText()).isEqualTo("Which scanners?");
            assertThat(q.get("answer").asText()).isEqualTo("Siemens and GE, 1.5 and 3 T.");
            assertThat(q.get("answeredBy").asText()).isEqualTo(teamMember);
        }
    }

    // --- inbox

    @Test
    void theInboxShowsWhatWaitsForEachPersonAndNode() throws Exception {
        String id = submitted();
        assertThat(inboxTask(CHAIR, "chair", id).get("next").asText()).isEqualTo("ASSIGN_PANEL");
        JsonNode node = get("/api/v1/inbox?size=500", bearer(holder.token()));
        assertThat(node.get("nodeDecisions").get("items"))
                .extracting(t ->
                        t.get("requestId").asText() + ":" + t.get("datasetId").asText())
                .containsExactly(id + ":" + guardedDataset);

        post(BASE + "/" + id + "/reviewers", Map.of("reviewers", List.of("dora.dac", "dirk.dac")), CHAIR);
        assertThat(inboxTask(DORA, "votes", id)).isNotNull();
        post(BASE + "/" + id + "/votes", Map.of("vote", "APPROVE", "comment", "ok"), DORA);
        assertThat(inboxTask(DORA, "votes", id)).isNull();
        String question = post(BASE + "/" + id + "/questions", Map.of("text", "Consent form?"), DIRK)
                .get("id")
                .asText();
        JsonNode mine = get("/api/v1/inbox", researcher);
        assertThat(texts(mine.get("questions").get("items"), "questionId")).containsExactly(question);
        assertThat(mine.get("total").asLong()).isEqualTo(1);
        post(BASE + "/" + id + "/votes", Map.of("vote", "APPROVE", "comment", "ok"), DIRK);
        assertThat(inboxTask(CHAIR, "chair", id)).isNull(); // the node has not answered yet
        post(
                BASE + "/" + id + "/node-decisions",
                Map.of("datasetId", guardedDataset, "agreed", true),
                bearer(holder.token()));
        JsonNode ready = inboxTask(CHAIR, "chair", id);
        assertThat(ready.get("next").asText()).isEqualTo("DECIDE");
        assertThat(ready.get("deadline").asText()).isNotBlank();
        assertThat(get("/api/v1/inbox", bearer(holder.token()))
                        .get("nodeDecisions")
                        .get("items"))
                .extracting(t -> t.get("requestId").asText())
                .doesNotContain(id);
        call(HttpMethod.GET, "/api/v1/inbox?size=501", null, DORA)
                .andExpect(refused(HttpStatus.BAD_REQUEST, "size", "out_of_range"));
    }

    /** The inbox task of the request in the section, looked for on every page; null when absent. */
    JsonNode inboxTask(RequestPostProcessor who, String section, String requestId) throws Exception {
        for (int page = 0; ; page++) {
            JsonNode list = get("/api/v1/inbox?size=100&page=" + page, who).get(section);
            for (JsonNode task : list.get("items")) {
                if (task.get("requestId").asText().equals(requestId)) {
                    return task;
                }
            }
            if ((long) (page + 1) * 100 >= list.get("total").asLong()) {
                return null;
            }
        }
    }

    // --- paging

    @Test
    void listsArePagedInAStableOrderWithTheirTotalAndFilters() throws Exception {
        String gru = registerDataset(holder, List.of("GRU"), null, false);
        String marker = unique("Paged");
        for (int i = 0; i < 5; i++) {
            Map<String, Object> content = generalResearch(List.of(gru), List.of());
            content.put("title", marker + " " + i);
            submit(draft(content));
        }
        JsonNode first = get(BASE + "?title=" + marker + "&size=2", CHAIR);
        assertThat(first.get("total").asLong()).isEqualTo(5);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(2);
        List<String> seen = new java.util.ArrayList<>();
        for (int page = 0; page < 3; page++) {
            get(BASE + "?title=" + marker.toLowerCase() + "&size=2&page=" + page, CHAIR)
                    .get("items")
                    .forEach(r -> seen.add(r.get("id").asText()));
        }
        assertThat(seen).hasSize(5).doesNotHaveDuplicates();
        assertThat(get(BASE + "?dataset=" + gru + "&status=SUBMITTED", CHAIR)
                        .get("total")
                        .asLong())
                .isEqualTo(5);
        assertThat(get(BASE + "?dataset=" + gru + "&status=APPROVED", CHAIR).get("items"))
                .isEmpty();
        assertThat(get(BASE + "?title=" + marker, researcher).get("total").asLong())
                .isEqualTo(5);

        call(HttpMethod.GET, BASE + "?size=0", null, CHAIR)
                .andExpect(refused(HttpStatus.BAD_REQUEST, "size", "out_of_range"));
        call(HttpMethod.GET, BASE + "?page=-1", null, CHAIR)
                .andExpect(refused(HttpStatus.BAD_REQUEST, "page", "negative"));
        call(HttpMethod.GET, BASE + "?status=SOMETIMES", null, CHAIR)
                .andExpect(refused(HttpStatus.BAD_REQUEST, "status", "wrong_type"));
        for (String list : List.of(
                "/api/v1/nodes",
                "/api/v1/datasets",
                "/api/v1/duo-terms",
                "/api/v1/permits",
                "/api/v1/data-uses",
                "/api/v1/withdrawal-notices",
                "/api/v1/decisions",
                "/api/v1/policy-bundles",
                "/api/v1/deputies",
                "/api/v1/access-requests/overdue",
                "/api/v1/audit/checkpoints")) {
            JsonNode page = get(list + "?size=1", as("paging.tester", Role.AUDITOR, Role.DAC_MEMBER));
            assertThat(page.fieldNames()).toIterable().containsExactly("items", "page", "size", "total");
            assertThat(page.get("items").size()).as(list).isLessThanOrEqualTo(1);
            call(HttpMethod.GET, list + "?size=501", null, as("paging.tester", Role.AUDITOR, Role.DAC_MEMBER))
                    .andExpect(refused(HttpStatus.BAD_REQUEST, "size", "out_of_range"));
        }
        JsonNode consents = get("/api/v1/consents?size=1", AUDITOR);
        assertThat(consents.fieldNames()).toIterable().containsExactly("items", "page", "size", "total");
    }
}
