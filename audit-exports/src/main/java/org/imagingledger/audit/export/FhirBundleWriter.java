package org.imagingledger.audit.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A FHIR R4 {@code Bundle} (type collection) written with Jackson's streaming generator, one
 * entry at a time: an {@code AuditEvent} for every exported event and, for consent events, a
 * {@code Consent} resource stating the subject's consent as the event left it.
 */
final class FhirBundleWriter implements AutoCloseable {

    static final String SYSTEM = "urn:imaging-ledger:";
    private static final String CONSENT_API = "org.imagingledger.domain.consent.api.";

    private final JsonGenerator json;

    FhirBundleWriter(OutputStream out, String bundleId, String timestamp) throws IOException {
        json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        json.writeStartObject();
        json.writeStringField("resourceType", "Bundle");
        json.writeStringField("id", bundleId);
        json.writeStringField("type", "collection");
        json.writeStringField("timestamp", timestamp);
        json.writeArrayFieldStart("entry");
    }

    void add(ExportedEvent e) throws IOException {
        auditEvent(e);
        if (e.type().startsWith(CONSENT_API + "Consent") && e.payload() instanceof Map<?, ?> p) {
            consent(e, p);
        }
    }

    private void auditEvent(ExportedEvent e) throws IOException {
        json.writeStartObject();
        json.writeStringField("fullUrl", "urn:uuid:" + uuid("audit", e.event().eventId()));
        json.writeObjectFieldStart("resource");
        json.writeStringField("resourceType", "AuditEvent");
        json.writeStringField("id", "ev" + e.event().globalIndex());
        // In R4, AuditEvent.type and subtype are Codings, not CodeableConcepts.
        json.writeObjectFieldStart("type");
        codingFields("http://dicom.nema.org/resources/ontology/DCM", "110100", "Application Activity");
        json.writeEndObject();
        json.writeArrayFieldStart("subtype");
        json.writeStartObject();
        codingFields(SYSTEM + "event-type", ExportFilter.simpleName(e.type()), null);
        json.writeEndObject();
        json.writeEndArray();
        json.writeStringField("action", "E");
        json.writeStringField("recorded", e.time().toString());
        json.writeStringField("outcome", "0");
        json.writeArrayFieldStart("agent");
        json.writeStartObject();
        json.writeObjectFieldStart("who");
        identifier(
                "principal",
                e.facets().principal().isEmpty() ? "ledger" : e.facets().principal());
        json.writeEndObject();
        json.writeBooleanField("requestor", true);
        json.writeEndObject();
        json.writeEndArray();
        json.writeObjectFieldStart("source");
        json.writeStringField("site", "imaging-ledger");
        json.writeObjectFieldStart("observer");
        json.writeStringField("display", "imaging governance ledger");
        json.writeEndObject();
        json.writeEndObject();
        json.writeArrayFieldStart("entity");
        json.writeStartObject();
        json.writeObjectFieldStart("what");
        identifier(e.event().aggregateType(), e.event().aggregateId());
        json.writeEndObject();
        json.writeArrayFieldStart("detail");
        detail("globalIndex", Long.toString(e.event().globalIndex()));
        detail("leafIndex", Long.toString(e.leafIndex()));
        detail("leafHash", e.leafHashHex());
        detail("eventId", e.event().eventId());
        governanceDetails(e);
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    /**
     * What an auditor needs of the DAC's decision-support events without opening the payload:
     * the dataset, outcome and policy revision of a purpose check; the failed reasons and the
     * chair's reason of an override; the kind and SHA-256 of an attached document; the datasets
     * an approval or a permit kept by override.
     */
    private void governanceDetails(ExportedEvent e) throws IOException {
        if (!(e.payload() instanceof Map<?, ?> p)) {
            return;
        }
        switch (ExportFilter.simpleName(e.type())) {
            case "PurposeCheckRecorded" -> {
                optional("datasetId", p.get("datasetId"));
                optional("purposeCheckOutcome", p.get("outcome"));
                optional("policyRevision", p.get("revision"));
            }
            case "PurposeCheckOverridden" -> {
                optional("datasetId", p.get("datasetId"));
                optional("policyRevision", p.get("revision"));
                if (p.get("failedReasons") instanceof List<?> reasons && !reasons.isEmpty()) {
                    detail(
                            "failedReasons",
                            String.join(
                                    ", ", reasons.stream().map(String::valueOf).toList()));
                }
                optional("overrideReason", p.get("reason"));
            }
            case "DocumentAttached" -> {
                optional("documentKind", p.get("kind"));
                optional("documentFileName", p.get("fileName"));
                optional("documentSha256", p.get("sha256"));
            }
            case "AccessRequestApproved", "PermitIssued" -> {
                if (p.get("overriddenDatasets") instanceof List<?> kept && !kept.isEmpty()) {
                    detail(
                            "overriddenDatasets",
                            String.join(", ", kept.stream().map(String::valueOf).toList()));
                }
            }
            default -> {
                // no decision-support details
            }
        }
    }

    private void optional(String type, Object value) throws IOException {
        if (value != null && !String.valueOf(value).isEmpty()) {
            detail(type, String.valueOf(value));
        }
    }

    private void consent(ExportedEvent e, Map<?, ?> p) throws IOException {
        json.writeStartObject();
        json.writeStringField("fullUrl", "urn:uuid:" + uuid("consent", e.event().eventId()));
        json.writeObjectFieldStart("resource");
        json.writeStringField("resourceType", "Consent");
        json.writeStringField("id", "consent-ev" + e.event().globalIndex());
        // The ledger event's id ties the Consent to its AuditEvent (which carries it as a detail).
        json.writeArrayFieldStart("identifier");
        json.writeStartObject();
        json.writeStringField("system", SYSTEM + "event-id");
        json.writeStringField("value", e.event().eventId());
        json.writeEndObject();
        json.writeEndArray();
        boolean withdrawn = e.type().endsWith("ConsentWithdrawn");
        json.writeStringField("status", withdrawn ? "inactive" : "active");
        json.writeObjectFieldStart("scope");
        coding("http://terminology.hl7.org/CodeSystem/consentscope", "research", "Research");
        json.writeEndObject();
        json.writeArrayFieldStart("category");
        json.writeStartObject();
        coding("http://loinc.org", "57016-8", "Privacy policy acknowledgment Document");
        json.writeEndObject();
        json.writeEndArray();
        if (!e.facets().pseudonyms().isEmpty()) {
            json.writeObjectFieldStart("patient");
            identifier("pseudonym", e.facets().pseudonyms().iterator().next());
            json.writeEndObject();
        }
        json.writeStringField("dateTime", e.time().toString());
        if (!e.facets().nodes().isEmpty()) {
            json.writeArrayFieldStart("organization");
            json.writeStartObject();
            identifier("node", e.facets().nodes().iterator().next());
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeObjectFieldStart("policyRule");
        coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", withdrawn ? "OPTOUT" : "OPTIN", null);
        json.writeEndObject();
        if (!withdrawn) {
            provision(p);
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private void provision(Map<?, ?> p) throws IOException {
        json.writeObjectFieldStart("provision");
        json.writeStringField("type", "permit");
        if (p.get("validUntil") instanceof String until) {
            json.writeObjectFieldStart("period");
            json.writeStringField("end", until);
            json.writeEndObject();
        }
        if (p.get("purposes") instanceof List<?> purposes && !purposes.isEmpty()) {
            json.writeArrayFieldStart("purpose");
            for (Object purpose : purposes) {
                json.writeStartObject();
                json.writeStringField("system", "http://purl.obolibrary.org/obo/duo.owl");
                json.writeStringField("code", String.valueOf(purpose));
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (p.get("datasets") instanceof List<?> datasets && !datasets.isEmpty()) {
            json.writeArrayFieldStart("data");
            for (Object dataset : datasets) {
                json.writeStartObject();
                json.writeStringField("meaning", "related");
                json.writeObjectFieldStart("reference");
                identifier("dataset", String.valueOf(dataset));
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private void coding(String system, String code, String display) throws IOException {
        json.writeArrayFieldStart("coding");
        json.writeStartObject();
        codingFields(system, code, display);
        json.writeEndObject();
        json.writeEndArray();
    }

    private void codingFields(String system, String code, String display) throws IOException {
        json.writeStringField("system", system);
        json.writeStringField("code", code);
        if (display != null) {
            json.writeStringField("display", display);
        }
    }

    private void identifier(String kind, String value) throws IOException {
        json.writeObjectFieldStart("identifier");
        // events published without an aggregate (e.g. an approval replayed from elsewhere) have no type
        json.writeStringField("system", SYSTEM + (kind == null ? "event" : kind.toLowerCase()));
        json.writeStringField("value", value);
        json.writeEndObject();
    }

    private void detail(String type, String value) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", type);
        json.writeStringField("valueString", value);
        json.writeEndObject();
    }

    private static UUID uuid(String kind, String eventId) {
        return UUID.nameUUIDFromBytes((kind + ":" + eventId).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        if (json.isClosed()) {
            return; // closed already (by TabularWriters, then by the export's try block)
        }
        json.writeEndArray();
        json.writeEndObject();
        json.close();
    }
}
