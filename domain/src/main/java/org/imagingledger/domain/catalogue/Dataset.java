package org.imagingledger.domain.catalogue;

import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.imagingledger.domain.catalogue.api.DataUseConditions;
import org.imagingledger.domain.catalogue.api.DatasetMetadata;
import org.imagingledger.domain.catalogue.api.DatasetMetadataUpdated;
import org.imagingledger.domain.catalogue.api.DatasetRegistered;
import org.imagingledger.domain.catalogue.api.DatasetRetired;
import org.imagingledger.domain.catalogue.api.RegisterDataset;
import org.imagingledger.domain.catalogue.api.RetireDataset;
import org.imagingledger.domain.catalogue.api.UpdateDatasetMetadata;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.DuoTerms;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.domain.shared.Limits;
import org.imagingledger.domain.shared.Modality;
import org.imagingledger.domain.shared.MondoTerms;
import org.imagingledger.domain.shared.Violations;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An imaging dataset held by one node, with the data-use conditions its consent allows. */
class Dataset {

    @AggregateIdentifier
    private String datasetId;

    private boolean retired;

    Dataset() {}

    @CommandHandler
    Dataset(RegisterDataset command) {
        Violations violations = Violations.check()
                .identifier("datasetId", command.datasetId())
                .identifier("nodeId", command.nodeId())
                .identifier("actor", command.actor())
                .notNull("at", command.at());
        DatasetMetadata metadata = metadata(violations, command.metadata());
        DataUseConditions conditions = null;
        if (command.conditions() == null) {
            violations.add("conditions", ErrorCodes.REQUIRED, "is required");
        } else {
            List<String> codes = DuoTerms.conditions(
                    violations,
                    "conditions.codes",
                    command.conditions().codes(),
                    command.conditions().disease(),
                    "conditions.disease");
            conditions = new DataUseConditions(
                    codes, blankToNull(command.conditions().disease()));
        }
        violations.orReject();
        apply(new DatasetRegistered(
                command.datasetId(),
                command.nodeId(),
                metadata,
                conditions,
                command.nodeApprovalRequired(),
                command.actor(),
                command.at()));
    }

    @CommandHandler
    void handle(UpdateDatasetMetadata command) {
        Violations violations =
                Violations.check().identifier("actor", command.actor()).notNull("at", command.at());
        DatasetMetadata metadata = metadata(violations, command.metadata());
        violations.orReject();
        requireActive();
        apply(new DatasetMetadataUpdated(datasetId, metadata, command.actor(), command.at()));
    }

    @CommandHandler
    void handle(RetireDataset command) {
        Violations.check()
                .text("reason", command.reason(), Limits.REASON)
                .identifier("actor", command.actor())
                .notNull("at", command.at())
                .orReject();
        requireActive();
        apply(new DatasetRetired(datasetId, command.reason().trim(), command.actor(), command.at()));
    }

    private void requireActive() {
        if (retired) {
            throw CommandRejected.state(ErrorCodes.DATASET_RETIRED, "dataset " + datasetId + " is retired", datasetId);
        }
    }

    private static DatasetMetadata metadata(Violations violations, DatasetMetadata metadata) {
        if (metadata == null) {
            violations.add("metadata", ErrorCodes.REQUIRED, "is required");
            return null;
        }
        violations
                .text("metadata.title", metadata.title(), Limits.TITLE)
                .when(
                        !MondoTerms.contains(metadata.cancerType()),
                        "metadata.cancerType",
                        ErrorCodes.UNKNOWN_MONDO_TERM,
                        "must be a Mondo id of the shipped cancer subset, e.g. MONDO:0007254")
                .notEmpty("metadata.modalities", metadata.modalities())
                .noDuplicates("metadata.modalities", metadata.modalities())
                .positive("metadata.subjects", metadata.subjects())
                .when(
                        metadata.cases() < metadata.subjects(),
                        "metadata.cases",
                        ErrorCodes.FEWER_CASES_THAN_SUBJECTS,
                        "must be at least the number of subjects");
        if (metadata.modalities() != null) {
            for (int i = 0; i < metadata.modalities().size(); i++) {
                String modality = metadata.modalities().get(i);
                violations.when(
                        !isModality(modality),
                        "metadata.modalities[" + i + "]",
                        ErrorCodes.NOT_ONE_OF,
                        "'" + modality + "' is not one of " + List.of(Modality.values()),
                        modality,
                        List.of(Modality.values()));
            }
        }
        return new DatasetMetadata(
                metadata.title() == null ? null : metadata.title().trim(),
                metadata.cancerType() == null ? null : metadata.cancerType().trim(),
                metadata.modalities(),
                metadata.subjects(),
                metadata.cases());
    }

    private static boolean isModality(String value) {
        for (Modality modality : Modality.values()) {
            if (modality.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @EventSourcingHandler
    void on(DatasetRegistered event) {
        datasetId = event.datasetId();
    }

    @EventSourcingHandler
    void on(DatasetRetired event) {
        retired = true;
    }
}
