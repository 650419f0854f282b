package org.imagingledger.application.consent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.application.shared.Role;

/**
 * Who may see subjects: the pseudonyms a node names and the scope of their consents are the
 * recording node's, the auditors' and the governance admins' to read. Everyone else who may
 * read the record (the DAC) sees how many subjects and consents there are, not who they are.
 */
public final class SubjectData {

    /** Shown in place of what the viewer may not see. */
    public static final String HIDDEN = "[hidden]";

    private static final Set<String> CONSENT_EVENTS =
            Set.of("ConsentRecorded", "ConsentScopeChanged", "ConsentWithdrawn");
    private static final Set<String> SCOPE_FIELDS =
            Set.of("pseudonym", "datasets", "purposes", "disease", "validUntil");

    private SubjectData() {}

    public static boolean visibleTo(Caller caller, String recordingNode) {
        return caller.has(Role.AUDITOR)
                || caller.has(Role.GOVERNANCE_ADMIN)
                || (caller.isNode() && caller.nodeId().equals(recordingNode));
    }

    /** An event of the trail as the viewer may see it: consent events and decisions lose their subjects. */
    public static JsonNode event(String type, JsonNode payload, Caller caller, String recordingNode) {
        if (visibleTo(caller, recordingNode) || !(payload instanceof ObjectNode object)) {
            return payload;
        }
        ObjectNode copy = object.deepCopy();
        if (CONSENT_EVENTS.contains(type)) {
            for (String field : SCOPE_FIELDS) {
                if (copy.has(field)) {
                    copy.put(field, HIDDEN);
                }
            }
        } else if ("DecisionRecorded".equals(type)) {
            if (copy.hasNonNull("input")) {
                copy.put("input", decisionInput(copy.get("input").asText(), caller, recordingNode));
            }
            if (copy.hasNonNull("result")) {
                copy.put("result", decisionResult(copy.get("result").asText(), caller, recordingNode));
            }
        }
        return copy;
    }

    /** A policy result (JSON text) as the viewer may see it: excluded subjects keep their reason, not their name. */
    public static String decisionResult(String result, Caller caller, String recordingNode) {
        if (visibleTo(caller, recordingNode) || result == null) {
            return result;
        }
        try {
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            JsonNode parsed = json.readTree(result);
            hideSubjects(parsed);
            return json.writeValueAsString(parsed);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return HIDDEN;
        }
    }

    /** In place: every obligation's "subjects" entries lose their "subject". */
    public static void hideSubjects(JsonNode result) {
        if (result == null) {
            return;
        }
        result.path("obligations")
                .forEach(o -> o.path("subjects").forEach(entry -> {
                    if (entry instanceof ObjectNode e && e.has("subject")) {
                        e.put("subject", HIDDEN);
                    }
                }));
    }

    /**
     * A recorded policy input (JSON text) as the viewer may see it: for those who may not see
     * subjects, the named subjects become a count and their consents counts by status.
     */
    public static String decisionInput(String input, Caller caller, String recordingNode) {
        if (visibleTo(caller, recordingNode)) {
            return input;
        }
        try {
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            JsonNode parsed = json.readTree(input);
            if (!(parsed instanceof ObjectNode doc)) {
                return HIDDEN;
            }
            JsonNode question = doc.get("question");
            if (question instanceof ObjectNode q && q.has("subjects")) {
                int count = q.get("subjects").size();
                q.remove("subjects");
                q.put("subject_count", count);
            }
            JsonNode consents = doc.get("consents");
            if (consents != null && consents.isObject()) {
                Map<String, Integer> byStatus = new TreeMap<>();
                consents.elements()
                        .forEachRemaining(c -> byStatus.merge(c.path("status").asText("?"), 1, Integer::sum));
                doc.remove("consents");
                ObjectNode counts = doc.putObject("consent_counts");
                byStatus.forEach(counts::put);
            }
            return json.writeValueAsString(doc);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return HIDDEN;
        }
    }
}
