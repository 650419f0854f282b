package org.imagingledger.web.config;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a refusal's field (as the rules name it: {@code validFrom}, {@code team[1]},
 * {@code purpose.codes[0]}, {@code newValidUntil}) shows on the pages: the name of the input it
 * belongs to and the message key of that input's visible label. A field the pages have no input
 * for is shown without a name, never by its internal path.
 */
final class FieldLabels {

    /** An input: its name in the form and the message key of its label. */
    record Input(String name, String label) {}

    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

    private static final Map<String, Input> KNOWN = Map.ofEntries(
            field("title", "access.field.title"),
            field("datasets", "access.field.datasets"),
            field("purpose", "purposeCodes", "access.field.purposeCodes"),
            field("purpose.codes", "purposeCodes", "access.field.purposeCodes"),
            field("purpose.disease", "disease", "access.field.disease"),
            field("purpose.commercial", "commercial", "access.field.commercial"),
            field("purpose.forProfit", "forProfit", "access.field.forProfit"),
            field("purpose.methodsDevelopment", "methodsDevelopment", "access.field.methodsDevelopment"),
            field("summary", "access.field.summary"),
            field("operations", "access.field.operations"),
            field("periodFrom", "access.field.periodFrom"),
            field("periodUntil", "ui.field.periodLastDay"),
            field("team", "access.field.team"),
            field("outcome", "access.field.outcome"),
            field("reason", "access.field.reason"),
            field("confirm", "ui.field.confirm"),
            field("conditions", "access.field.conditions"),
            field("validFrom", "access.field.validFrom"),
            field("validUntil", "ui.field.validLastDay"),
            field("newValidUntil", "validUntil", "ui.field.validLastDay"),
            field("vote", "access.field.vote"),
            field("comment", "access.field.comment"),
            field("text", "ui.field.text"),
            field("reviewers", "access.reviewers.title"),
            field("kind", "dac.documents.kind"),
            field("file", "ui.field.file"),
            field("bundle", "policies.upload.bundle"),
            field("note", "policies.note"),
            field("url", "webhooks.url"),
            field("eventTypes", "ui.field.eventTypes"),
            field("description", "webhooks.description"),
            field("subscriber", "webhooks.register.subscriber"),
            field("person", "ui.field.person"),
            field("datasetId", "access.field.dataset"),
            field("nodeId", "catalogue.dataset.node"),
            field("permitId", "access.field.permit"),
            field("agreed", "access.field.decision"),
            field("metadata.title", "title", "catalogue.dataset.title"),
            field("metadata.cancerType", "cancerType", "catalogue.dataset.cancerType"),
            field("metadata.modalities", "modalities", "catalogue.dataset.modalities"),
            field("metadata.subjects", "subjects", "ui.dataset.subjects"),
            field("metadata.cases", "cases", "ui.dataset.cases"),
            field("conditions.codes", "conditionCodes", "catalogue.dataset.conditions"),
            field("conditions.disease", "conditionDisease", "ui.dataset.disease"),
            field("last", "policies.impact.last"),
            field("from", "dac.filter.from"),
            field("to", "dac.filter.to"),
            field("eventType", "audit.filter.eventType"),
            field("pseudonym", "audit.filter.pseudonym"),
            field("principal", "audit.filter.principal"));

    private FieldLabels() {}

    private static Map.Entry<String, Input> field(String path, String label) {
        return Map.entry(path, new Input(path, label));
    }

    private static Map.Entry<String, Input> field(String path, String name, String label) {
        return Map.entry(path, new Input(name, label));
    }

    /** Whether the text is a field path the pages know (a rule's argument naming another field). */
    static boolean known(String path) {
        return path != null && KNOWN.containsKey(path);
    }

    /** The input a rule's field belongs to; unknown fields keep their path, without a label. */
    static Input of(String field) {
        if (field == null || field.isBlank()) {
            return new Input("", null);
        }
        String path = INDEX.matcher(field).replaceAll("");
        Input known = KNOWN.get(path);
        if (known != null) {
            return known;
        }
        // metadata.modalities[2] and the like: the nearest known parent
        int dot = path.lastIndexOf('.');
        while (dot > 0) {
            path = path.substring(0, dot);
            known = KNOWN.get(path);
            if (known != null) {
                return known;
            }
            dot = path.lastIndexOf('.');
        }
        return new Input(INDEX.matcher(field).replaceAll(""), null);
    }
}
