package org.imagingledger.web.decision;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The shape of a decision question, for the OpenAPI document only: questions are read field by
 * field ({@link QuestionReader}), so that every broken field of a batch is named at once.
 */
@Schema(
        name = "DecisionQuestion",
        description = "May principal do operation on datasetId for purpose under permitId, touching subjects?")
record QuestionDoc(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "rita.researcher")
        String principal,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "FEDERATED_TRAINING")
        String operation,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "ds-prostate-mr")
        String datasetId,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String permitId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Purpose purpose,

        @Schema(description = "subject pseudonyms at the asking node; none: no consent check")
        List<String> subjects) {

    @Schema(name = "DecisionPurpose")
    record Purpose(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "[\"DUO:0000006\"]")
            List<String> codes,

            @Schema(nullable = true, example = "MONDO:0008315")
            String disease,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            boolean commercial,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            boolean forProfit,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            boolean methodsDevelopment) {}

    @Schema(name = "DecisionBatch")
    record Batch(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 1000)
            List<QuestionDoc> questions) {}
}
