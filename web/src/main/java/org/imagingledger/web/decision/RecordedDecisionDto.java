package org.imagingledger.web.decision;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.imagingledger.application.consent.SubjectData;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.domain.decision.api.DecisionRecorded;
import org.imagingledger.projections.decision.DecisionView;

/** A decision with the exact input the policy was given and the exact result it returned. */
record RecordedDecisionDto(
        DecisionDto decision,
        @JsonRawValue String input,
        String inputSha256,
        @JsonRawValue String result,
        String failure) {

    /** Subjects (pseudonyms and their consents) only for those who may see them (SubjectData). */
    static RecordedDecisionDto of(DecisionView view, DecisionRecorded event, Caller caller) {
        return new RecordedDecisionDto(
                DecisionDto.of(view),
                SubjectData.decisionInput(event.input(), caller, view.getNodeId()),
                event.inputSha256(),
                SubjectData.decisionResult(event.result(), caller, view.getNodeId()),
                event.failure());
    }
}
