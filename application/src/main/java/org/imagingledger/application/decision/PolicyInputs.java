package org.imagingledger.application.decision;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.imagingledger.domain.access.api.ResearchPurpose;
import org.imagingledger.projections.decision.DecisionState;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the policy's input document (policies/POLICY-INPUT.md): the question, the asking
 * node, the time, and the ledger state the question touches, as it is at that moment.
 */
@Component
public class PolicyInputs {

    private final DecisionState state;
    private final ObjectMapper json;

    PolicyInputs(DecisionState state, ObjectMapper json) {
        this.state = state;
        this.json = json;
    }

    @Transactional(readOnly = true)
    ObjectNode build(String nodeId, Question question, Instant now) {
        ObjectNode input = withoutState(nodeId, question, now);
        input.set(
                "dataset", state.dataset(question.dataset()).map(this::dataset).orElse(null));
        // a permit that covers none of the asking node's datasets is not the node's to know: it reads
        // as unknown, so that neither the answer nor the recorded input tells the node its holder,
        // members or conditions
        input.set(
                "permit",
                state.permit(question.permit())
                        .filter(p -> coversDataOf(nodeId, p))
                        .map(this::permit)
                        .orElse(null));
        input.set("consents", consents(nodeId, question.subjects()));
        return input;
    }

    /**
     * The input of the purpose check at review (policies/POLICY-INPUT.md): the requested purpose
     * and operations against one dataset's conditions as the catalogue holds them now.
     */
    @Transactional(readOnly = true)
    public ObjectNode purposeCheck(ResearchPurpose purpose, List<String> operations, String datasetId, Instant now) {
        ObjectNode input = json.createObjectNode();
        input.put("now_ms", now.toEpochMilli());
        ObjectNode p = input.putObject("purpose");
        strings(p.putArray("codes"), purpose == null ? List.of() : purpose.codes());
        p.put("disease", purpose == null ? null : purpose.disease());
        p.put("commercial", purpose != null && purpose.commercial());
        p.put("for_profit", purpose != null && purpose.forProfit());
        p.put("methods_development", purpose != null && purpose.methodsDevelopment());
        strings(input.putArray("operations"), operations == null ? List.of() : operations);
        input.set("dataset", state.dataset(datasetId).map(this::dataset).orElse(null));
        return input;
    }

    private boolean coversDataOf(String nodeId, DecisionState.Permit permit) {
        return permit.datasets().stream()
                .anyMatch(d ->
                        state.dataset(d).map(ds -> nodeId.equals(ds.nodeId())).orElse(false));
    }

    /** The question alone, recorded when the state could not be read. */
    ObjectNode withoutState(String nodeId, Question question, Instant now) {
        ObjectNode input = json.createObjectNode();
        input.put("now_ms", now.toEpochMilli());
        input.put("node", nodeId);
        input.set("question", question(question));
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

    private ObjectNode dataset(DecisionState.Dataset d) {
        ObjectNode node = json.createObjectNode();
        node.put("id", d.id());
        node.put("node", d.nodeId());
        node.put("status", d.retired() ? "RETIRED" : "ACTIVE");
        ObjectNode conditions = node.putObject("conditions");
        strings(conditions.putArray("codes"), d.codes());
        conditions.put("disease", d.disease());
        return node;
    }

    private ObjectNode permit(DecisionState.Permit p) {
        ObjectNode node = json.createObjectNode();
        node.put("id", p.id());
        node.put("status", p.status());
        node.put("holder", p.holder());
        strings(node.putArray("members"), p.members());
        strings(node.putArray("datasets"), p.datasets());
        strings(node.putArray("operations"), p.operations());
        ObjectNode purpose = node.putObject("purpose");
        strings(purpose.putArray("codes"), p.codes());
        purpose.put("disease", p.disease());
        purpose.put("commercial", p.commercial());
        purpose.put("for_profit", p.forProfit());
        purpose.put("methods_development", p.methodsDevelopment());
        node.put("valid_from_ms", p.validFrom().toEpochMilli());
        node.put("valid_until_ms", p.validUntil().toEpochMilli());
        strings(node.putArray("conditions"), p.conditions());
        return node;
    }

    private ObjectNode consents(String nodeId, Collection<String> subjects) {
        ObjectNode node = json.createObjectNode();
        Map<String, DecisionState.Consent> current = state.consents(nodeId, subjects);
        subjects.stream().filter(current::containsKey).sorted().forEach(subject -> {
            DecisionState.Consent c = current.get(subject);
            ObjectNode consent = node.putObject(subject);
            consent.put("status", c.status());
            strings(consent.putArray("datasets"), c.datasets());
            strings(consent.putArray("purposes"), c.purposes());
            consent.put("disease", c.disease());
            if (c.validUntil() == null) {
                consent.putNull("valid_until_ms");
            } else {
                consent.put("valid_until_ms", c.validUntil().toEpochMilli());
            }
        });
        return node;
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }
}
