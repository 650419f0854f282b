package org.imagingledger.web.decision;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.imagingledger.projections.PurposeColumns;
import org.imagingledger.projections.catalogue.CatalogueQueries;
import org.imagingledger.projections.catalogue.DatasetView;
import org.imagingledger.projections.consent.ConsentQueries;
import org.imagingledger.projections.consent.ConsentView;
import org.imagingledger.projections.permit.PermitQueries;
import org.imagingledger.projections.permit.PermitView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the policy's input document (policies/POLICY-INPUT.md): the question, the asking
 * node, the time, and the ledger state the question touches, as it is at that moment.
 */
@Component
class PolicyInputs {

    private final CatalogueQueries catalogue;
    private final PermitQueries permits;
    private final ConsentQueries consents;
    private final ObjectMapper json;

    PolicyInputs(CatalogueQueries catalogue, PermitQueries permits, ConsentQueries consents, ObjectMapper json) {
        this.catalogue = catalogue;
        this.permits = permits;
        this.consents = consents;
        this.json = json;
    }

    @Transactional(readOnly = true)
    ObjectNode build(String nodeId, Question question, Instant now) {
        ObjectNode input = json.createObjectNode();
        input.put("now_ms", now.toEpochMilli());
        input.put("node", nodeId);
        input.set("question", question(question));
        input.set("dataset", catalogue.dataset(question.dataset()).map(this::dataset).orElse(null));
        input.set("permit", permits.permit(question.permit()).map(this::permit).orElse(null));
        input.set("consents", consents(nodeId, question.subjects()));
        return input;
    }

    private ObjectNode question(Question q) {
        ObjectNode node = json.createObjectNode();
        node.put("principal", q.principal());
        node.put("operation", q.operation());
        node.put("dataset", q.dataset());
        node.put("permit", q.permit());
        ObjectNode purpose = node.putObject("purpose");
        strings(purpose.putArray("codes"), q.purpose().codes());
        purpose.put("disease", q.purpose().disease());
        purpose.put("commercial", q.purpose().commercial());
        purpose.put("for_profit", q.purpose().forProfit());
        purpose.put("methods_development", q.purpose().methodsDevelopment());
        strings(node.putArray("subjects"), q.subjects());
        return node;
    }

    private ObjectNode dataset(DatasetView d) {
        ObjectNode node = json.createObjectNode();
        node.put("id", d.getDatasetId());
        node.put("node", d.getNodeId());
        node.put("status", d.isRetired() ? "RETIRED" : "ACTIVE");
        ObjectNode conditions = node.putObject("conditions");
        strings(conditions.putArray("codes"), d.getDuoCodes());
        conditions.put("disease", d.getDisease());
        return node;
    }

    private ObjectNode permit(PermitView p) {
        ObjectNode node = json.createObjectNode();
        node.put("id", p.getPermitId());
        node.put("status", p.getStatus().name());
        node.put("holder", p.getHolder());
        strings(node.putArray("members"), p.getMembers());
        strings(node.putArray("datasets"), p.getDatasets());
        strings(node.putArray("operations"), p.getOperations());
        PurposeColumns purpose = p.getPurpose();
        ObjectNode pn = node.putObject("purpose");
        strings(pn.putArray("codes"), purpose.getCodes());
        pn.put("disease", purpose.getDisease());
        pn.put("commercial", purpose.isCommercial());
        pn.put("for_profit", purpose.isForProfit());
        pn.put("methods_development", purpose.isMethodsDevelopment());
        node.put("valid_from_ms", p.getValidFrom().toEpochMilli());
        node.put("valid_until_ms", p.getValidUntil().toEpochMilli());
        strings(node.putArray("conditions"), p.getConditions());
        return node;
    }

    private ObjectNode consents(String nodeId, Collection<String> subjects) {
        ObjectNode node = json.createObjectNode();
        Map<String, ConsentView> current = consents.currentConsents(nodeId, subjects);
        subjects.stream().filter(current::containsKey).sorted().forEach(subject -> {
            ConsentView c = current.get(subject);
            ObjectNode consent = node.putObject(subject);
            consent.put("status", c.getStatus());
            strings(consent.putArray("datasets"), c.getDatasets());
            strings(consent.putArray("purposes"), c.getPurposes());
            consent.put("disease", c.getDisease());
            if (c.getValidUntil() == null) {
                consent.putNull("valid_until_ms");
            } else {
                consent.put("valid_until_ms", c.getValidUntil().toEpochMilli());
            }
        });
        return node;
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }
}
