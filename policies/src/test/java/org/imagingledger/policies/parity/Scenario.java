package org.imagingledger.policies.parity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One question to the policy (an access decision, or a purpose check at review) and what a
 * data access committee expects of it. Built from a canonical allowed question by changing
 * one thing at a time, so each scenario says which rule it exercises.
 */
final class Scenario {

    static final ObjectMapper JSON = new ObjectMapper();
    static final long NOW = 1_795_000_000_000L;
    static final long FROM = 1_790_000_000_000L;
    static final long UNTIL = 1_800_000_000_000L;

    static final String GRU = "DUO:0000042";
    static final String HMB = "DUO:0000006";
    static final String DS = "DUO:0000007";
    static final String NRES = "DUO:0000004";
    static final String POA = "DUO:0000011";
    static final String NCU = "DUO:0000046";
    static final String IRB = "DUO:0000021";
    static final String BREAST_CANCER = "MONDO:0007254";

    final String name;
    final ObjectNode input;
    boolean allow;
    final List<String> reasons = new ArrayList<>();
    final List<String> obligations = new ArrayList<>();
    final List<String> excluded = new ArrayList<>();

    private Scenario(String name, ObjectNode input) {
        this.name = name;
        this.input = input;
    }

    /** A breast-cancer DS dataset (non-commercial, ethics approval) and a permit that covers the question. */
    static Scenario allowedBase(String name) {
        try {
            return new Scenario(name, (ObjectNode) JSON.readTree("""
                    {"now_ms": %d, "node": "node-naples",
                     "question": {"principal": "rita.researcher", "operation": "FEDERATED_TRAINING",
                                  "dataset": "ds-breast", "permit": "permit-1",
                                  "purpose": {"codes": ["%s"], "disease": "%s", "commercial": false,
                                              "for_profit": false, "methods_development": false},
                                  "subjects": []},
                     "dataset": {"id": "ds-breast", "node": "node-naples", "status": "ACTIVE",
                                 "conditions": {"codes": ["%s", "%s", "%s"], "disease": "%s"}},
                     "permit": {"id": "permit-1", "status": "ACTIVE", "holder": "rita.researcher",
                                "members": ["rita.researcher", "remo.researcher"],
                                "datasets": ["ds-breast", "ds-lung"], "operations": ["FEDERATED_TRAINING", "FEDERATED_INFERENCE"],
                                "purpose": {"codes": ["%s"], "disease": "%s", "commercial": false,
                                            "for_profit": false, "methods_development": false},
                                "valid_from_ms": %d, "valid_until_ms": %d, "conditions": []},
                     "consents": {}}
                    """.formatted(
                            NOW, DS, BREAST_CANCER, DS, NCU, IRB, BREAST_CANCER, DS, BREAST_CANCER, FROM, UNTIL)))
                    .expectAllow();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A purpose check at review that is allowed: breast cancer research for federated training
     * on a breast-cancer DS dataset (non-commercial, ethics approval).
     */
    static Scenario purposeBase(String name) {
        try {
            return new Scenario(name, (ObjectNode)
                            JSON.readTree("""
                    {"now_ms": %d,
                     "purpose": {"codes": ["%s"], "disease": "%s", "commercial": false,
                                 "for_profit": false, "methods_development": false},
                     "operations": ["FEDERATED_TRAINING"],
                     "dataset": {"id": "ds-breast", "node": "node-naples", "status": "ACTIVE",
                                 "conditions": {"codes": ["%s", "%s", "%s"], "disease": "%s"}}}
                    """.formatted(NOW, DS, BREAST_CANCER, DS, NCU, IRB, BREAST_CANCER)))
                    .expectAllow();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets a value at a dotted path ("permit.purpose.disease"); a JSON text value is parsed. */
    Scenario set(String path, Object value) {
        String[] parts = path.split("\\.");
        ObjectNode node = input;
        for (int i = 0; i < parts.length - 1; i++) {
            node = (ObjectNode) node.get(parts[i]);
        }
        node.set(parts[parts.length - 1], JSON.valueToTree(value));
        return this;
    }

    Scenario setJson(String path, String json) {
        try {
            return set(path, JSON.readTree(json));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Scenario remove(String path) {
        String[] parts = path.split("\\.");
        ObjectNode node = input;
        for (int i = 0; i < parts.length - 1; i++) {
            node = (ObjectNode) node.get(parts[i]);
        }
        node.remove(parts[parts.length - 1]);
        return this;
    }

    /** Same purpose on the dataset conditions' permission, the permit and the question. */
    Scenario purposeEverywhere(String datasetCodesJson, String disease, String... codes) {
        setJson("dataset.conditions.codes", datasetCodesJson);
        set("dataset.conditions.disease", disease);
        set("permit.purpose.codes", List.of(codes));
        set("permit.purpose.disease", disease);
        set("question.purpose.codes", List.of(codes));
        set("question.purpose.disease", disease);
        return this;
    }

    Scenario subjects(String... subjects) {
        return set("question.subjects", List.of(subjects));
    }

    Scenario consent(String subject, String json) {
        try {
            ((ObjectNode) input.get("consents")).set(subject, JSON.readTree(json));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    Scenario expectAllow() {
        allow = true;
        reasons.clear();
        reasons.add("ALLOWED");
        return this;
    }

    Scenario expectDeny(String... codes) {
        allow = false;
        reasons.clear();
        reasons.addAll(List.of(codes));
        return this;
    }

    Scenario expectObligation(String code) {
        obligations.add(code);
        return this;
    }

    Scenario expectExcluded(String subject, String reason) {
        excluded.add(subject + ":" + reason);
        return this;
    }

    static List<String> codes(JsonNode array) {
        List<String> codes = new ArrayList<>();
        array.forEach(item -> codes.add(item.path("code").asText()));
        return codes;
    }

    static List<String> exclusions(JsonNode obligations) {
        List<String> excluded = new ArrayList<>();
        for (JsonNode obligation : obligations) {
            if ("EXCLUDE_SUBJECTS".equals(obligation.path("code").asText())) {
                for (JsonNode subject : (ArrayNode) obligation.get("subjects")) {
                    excluded.add(subject.path("subject").asText() + ":"
                            + subject.path("reason").asText());
                }
            }
        }
        return excluded;
    }

    @Override
    public String toString() {
        return name;
    }
}
