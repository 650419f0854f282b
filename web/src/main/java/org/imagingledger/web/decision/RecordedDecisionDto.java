package org.imagingledger.web.decision;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.imagingledger.domain.decision.api.DecisionRecorded;
import org.imagingledger.projections.decision.DecisionView;

/** A decision with the exact input the policy was given and the exact result it returned. */
record RecordedDecisionDto(
        DecisionDto decision,
        @JsonRawValue String input,
        String inputSha256,
        @JsonRawValue String result,
        String failure) {

    static RecordedDecisionDto of(DecisionView view, DecisionRecorded event) {
        return new RecordedDecisionDto(
                DecisionDto.of(view), event.input(), event.inputSha256(), event.result(), event.failure());
    }
}
