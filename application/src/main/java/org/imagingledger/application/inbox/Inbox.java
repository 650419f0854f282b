package org.imagingledger.application.inbox;

import org.imagingledger.projections.access.AccessQueries;
import org.imagingledger.projections.access.AccessRequestView;
import org.imagingledger.projections.consent.ConsentQueries;
import org.imagingledger.projections.permit.PermitView;
import org.springframework.data.domain.Page;

/**
 * What waits for one person or node, each list a first page with its total: reviews waiting for
 * my vote, node decisions waiting for my node, requests waiting for me as chair, questions
 * waiting for my answer, withdrawal notices waiting for my acknowledgement, and my permits
 * ending soon. A list that does not apply to the caller is empty.
 */
public record Inbox(
        Page<AccessRequestView> votes,
        Page<AccessQueries.NodeTask> nodeDecisions,
        Page<AccessRequestView> chair,
        Page<AccessQueries.QuestionTask> questions,
        Page<ConsentQueries.NoticeAge> notices,
        Page<PermitView> permitsEnding) {

    /** Everything waiting, for the navigation bar. */
    public long total() {
        return votes.getTotalElements()
                + nodeDecisions.getTotalElements()
                + chair.getTotalElements()
                + questions.getTotalElements()
                + notices.getTotalElements()
                + permitsEnding.getTotalElements();
    }
}
