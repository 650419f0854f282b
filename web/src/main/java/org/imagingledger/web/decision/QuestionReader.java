package org.imagingledger.web.decision;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.imagingledger.application.decision.Question;
import org.imagingledger.domain.shared.DuoTerms;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.domain.shared.Operation;
import org.imagingledger.domain.shared.Violations;

/**
 * Reads questions strictly: every field is checked and named in the error (with its path, e.g.
 * {@code questions[3].purpose.forProfit}); unknown fields are refused, because a node that
 * misspells {@code commercial} must not get an answer for a non-commercial purpose.
 */
final class QuestionReader {

    private static final Set<String> FIELDS =
            Set.of("principal", "operation", "datasetId", "permitId", "purpose", "subjects");
    private static final Set<String> PURPOSE_FIELDS =
            Set.of("codes", "disease", "commercial", "forProfit", "methodsDevelopment");

    private QuestionReader() {}

    static Question read(JsonNode node, String at, Violations violations) {
        if (node == null || !node.isObject()) {
            violations.add(at.isEmpty() ? "body" : at, ErrorCodes.WRONG_TYPE, "must be a JSON object");
            return null;
        }
        String p = at.isEmpty() ? "" : at + ".";
        unknownFields(node, FIELDS, p, violations);
        String principal = identifier(node, p + "principal", "principal", violations);
        String operation = text(node, "operation", p + "operation", violations);
        if (operation != null && !isOperation(operation)) {
            violations.add(
                    p + "operation",
                    ErrorCodes.NOT_ONE_OF,
                    "must be one of " + List.of(Operation.values()),
                    operation,
                    List.of(Operation.values()));
        }
        String dataset = identifier(node, p + "datasetId", "datasetId", violations);
        String permit = identifier(node, p + "permitId", "permitId", violations);
        Question.Purpose purpose = purpose(node.get("purpose"), p + "purpose", violations);
        List<String> subjects = subjects(node.get("subjects"), p + "subjects", violations);
        return new Question(principal, operation, dataset, permit, purpose, subjects);
    }

    private static Question.Purpose purpose(JsonNode node, String at, Violations violations) {
        if (node == null || !node.isObject()) {
            violations.add(
                    at,
                    ErrorCodes.REQUIRED,
                    "is required: an object with codes, disease, commercial, forProfit, methodsDevelopment");
            return null;
        }
        unknownFields(node, PURPOSE_FIELDS, at + ".", violations);
        List<String> codes = new ArrayList<>();
        JsonNode codesNode = node.get("codes");
        if (codesNode == null || !codesNode.isArray()) {
            violations.add(
                    at + ".codes", ErrorCodes.REQUIRED, "is required: a list of DUO codes describing the research");
        } else {
            for (JsonNode code : codesNode) {
                codes.add(code.isTextual() ? code.asText() : null);
            }
        }
        JsonNode diseaseNode = node.get("disease");
        String disease = null;
        if (diseaseNode != null && !diseaseNode.isNull()) {
            if (!diseaseNode.isTextual()) {
                violations.add(at + ".disease", ErrorCodes.WRONG_TYPE, "must be a MONDO id or null");
            } else {
                disease = diseaseNode.asText();
            }
        }
        List<String> ids = codesNode == null || !codesNode.isArray()
                ? List.of()
                : DuoTerms.purpose(violations, at + ".codes", codes, disease, at + ".disease");
        boolean commercial = flag(node, "commercial", at, violations);
        boolean forProfit = flag(node, "forProfit", at, violations);
        boolean methods = flag(node, "methodsDevelopment", at, violations);
        return new Question.Purpose(ids, disease, commercial, forProfit, methods);
    }

    /** Flags are required: a missing one must not silently mean "no". */
    private static boolean flag(JsonNode node, String field, String at, Violations violations) {
        JsonNode value = node.get(field);
        if (value == null || !value.isBoolean()) {
            violations.add(
                    at + "." + field,
                    value == null ? ErrorCodes.REQUIRED : ErrorCodes.WRONG_TYPE,
                    "is required: true or false");
            return false;
        }
        return value.booleanValue();
    }

    private static List<String> subjects(JsonNode node, String at, Violations violations) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            violations.add(at, ErrorCodes.WRONG_TYPE, "must be a list of subject pseudonyms");
            return List.of();
        }
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode subject = node.get(i);
            if (!subject.isTextual()) {
                violations.add(at + "[" + i + "]", ErrorCodes.WRONG_TYPE, "must be a pseudonym (text)");
            } else {
                subjects.add(subject.asText());
            }
        }
        if (!subjects.isEmpty()) {
            violations.identifiers(at, subjects);
        }
        return subjects;
    }

    private static String identifier(JsonNode node, String at, String field, Violations violations) {
        String value = text(node, field, at, violations);
        if (value != null) {
            violations.identifier(at, value);
        }
        return value;
    }

    private static String text(JsonNode node, String field, String at, Violations violations) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            violations.add(at, ErrorCodes.REQUIRED, "is required");
            return null;
        }
        if (!value.isTextual()) {
            violations.add(at, ErrorCodes.WRONG_TYPE, "must be text");
            return null;
        }
        return value.asText();
    }

    private static boolean isOperation(String value) {
        for (Operation operation : Operation.values()) {
            if (operation.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static void unknownFields(JsonNode node, Set<String> known, String prefix, Violations violations) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                violations.add(prefix + name, ErrorCodes.UNKNOWN_FIELD, "is not a field of a decision question", name);
            }
        }
    }
}
