package org.imagingledger.audit.export;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Consent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The package's FHIR bundle against HAPI FHIR's R4 instance validator (base profiles, offline). */
class FhirValidationTest {

    @Test
    void theBundleAndEveryResourceValidateWithoutErrors() throws IOException {
        String json = new String(
                ExportPackageTest.unzip(SampleLedger.of(8).export(ExportFilter.ALL))
                        .get("fhir-bundle.json"),
                StandardCharsets.UTF_8);

        FhirContext ctx = FhirContext.forR4();
        ValidationSupportChain support = new ValidationSupportChain(
                new DefaultProfileValidationSupport(ctx),
                new SnapshotGeneratingValidationSupport(ctx),
                new InMemoryTerminologyServerValidationSupport(ctx),
                new CommonCodeSystemsTerminologyService(ctx));
        FhirValidator validator = ctx.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
        ValidationResult result = validator.validateWithResult(json);

        List<SingleValidationMessage> errors = result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .toList();
        assertThat(errors).as(errors.toString()).isEmpty();

        Bundle bundle = ctx.newJsonParser().parseResource(Bundle.class, json);
        assertThat(bundle.getEntry().stream().filter(e -> e.getResource() instanceof AuditEvent))
                .hasSize(8);
        List<Consent> consents = bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(Consent.class::isInstance)
                .map(Consent.class::cast)
                .toList();
        assertThat(consents)
                .extracting(c -> c.getStatus().toCode())
                .containsExactly("active", "inactive", "active", "inactive");
        assertThat(consents.get(0).getPatient().getIdentifier().getValue()).isEqualTo("PSN-0");
    }

    /** An override, a purpose check and a document carry their facts as AuditEvent.entity.detail, valid R4. */
    @Test
    void decisionSupportEventsCarryTheirDetailsAndValidate() throws IOException {
        String json = new String(
                ExportPackageTest.unzip(SampleLedger.withDecisionSupport().export(ExportFilter.ALL))
                        .get("fhir-bundle.json"),
                StandardCharsets.UTF_8);
        FhirContext ctx = FhirContext.forR4();
        ValidationSupportChain support = new ValidationSupportChain(
                new DefaultProfileValidationSupport(ctx),
                new SnapshotGeneratingValidationSupport(ctx),
                new InMemoryTerminologyServerValidationSupport(ctx),
                new CommonCodeSystemsTerminologyService(ctx));
        FhirValidator validator = ctx.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
        List<SingleValidationMessage> errors = validator.validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .toList();
        assertThat(errors).as(errors.toString()).isEmpty();

        Bundle bundle = ctx.newJsonParser().parseResource(Bundle.class, json);
        List<AuditEvent> events = bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .map(AuditEvent.class::cast)
                .toList();
        java.util.Map<String, String> override = new java.util.HashMap<>();
        events.get(2)
                .getEntityFirstRep()
                .getDetail()
                .forEach(d -> override.put(d.getType(), d.getValue().primitiveValue()));
        assertThat(override)
                .containsEntry("datasetId", "ds-hmb")
                .containsEntry("failedReasons", "DUO_NOT_HEALTH_RESEARCH")
                .containsEntry("overrideReason", "agreed with the node's board");
        java.util.Map<String, String> document = new java.util.HashMap<>();
        events.get(0)
                .getEntityFirstRep()
                .getDetail()
                .forEach(d -> document.put(d.getType(), d.getValue().primitiveValue()));
        assertThat(document)
                .containsEntry("documentSha256", "ab".repeat(32))
                .containsEntry("documentKind", "ETHICS_APPROVAL");
        assertThat(events.get(3).getEntityFirstRep().getDetail())
                .anySatisfy(d -> assertThat(d.getType()).isEqualTo("overriddenDatasets"));
    }

    @Test
    void theValidatorIsNotToothless() {
        FhirContext ctx = FhirContext.forR4();
        FhirValidator validator = ctx.newValidator()
                .registerValidatorModule(new FhirInstanceValidator(new ValidationSupportChain(
                        new DefaultProfileValidationSupport(ctx),
                        new InMemoryTerminologyServerValidationSupport(ctx),
                        new CommonCodeSystemsTerminologyService(ctx))));
        ValidationResult result = validator.validateWithResult(
                "{\"resourceType\":\"AuditEvent\",\"recorded\":\"yesterday\",\"agent\":[]}");
        assertThat(result.getMessages()).anyMatch(m -> m.getSeverity() == ResultSeverityEnum.ERROR);
    }
}
