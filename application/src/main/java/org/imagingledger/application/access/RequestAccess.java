package org.imagingledger.application.access;

import java.time.Clock;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.application.shared.Role;
import org.imagingledger.domain.access.api.ResearchPurpose;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.projections.access.AccessQueries;
import org.imagingledger.projections.access.AccessRequestView;
import org.imagingledger.projections.access.ReviewerView;
import org.imagingledger.projections.catalogue.CatalogueQueries;
import org.springframework.stereotype.Component;

/**
 * Who may read a request: the DAC, auditors and governance admins any; the applicant and the
 * team their own; a node those that ask for one of its datasets. Only the DAC side sees the
 * panel (who reviews and how they voted), and never someone involved in the request: a DAC
 * member on the team sees it as the team does. The panel's own discussion is for the panel,
 * the chairs, admins and auditors; documents for the applicant, team, panel, chairs and auditors.
 */
@Component
public class RequestAccess {

    private final AccessQueries access;
    private final CatalogueQueries catalogue;
    private final Clock clock;

    RequestAccess(AccessQueries access, CatalogueQueries catalogue, Clock clock) {
        this.access = access;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    public AccessQueries.Detail readable(String requestId, Caller caller) {
        AccessQueries.Detail detail = access.request(requestId, clock.instant())
                .orElseThrow(() -> CommandRejected.notFound("access request", requestId));
        if (!mayRead(detail.request(), caller)) {
            // a request one may not read is answered as missing: its existence is not the caller's business
            throw CommandRejected.notFound("access request", requestId);
        }
        return detail;
    }

    /** The DAC side (members, chair, auditors, governance admins), whatever the request. */
    public static boolean seesPanel(Caller caller) {
        return caller.overseesLedger();
    }

    /** The DAC side, unless the caller is the applicant or on the team of this request. */
    public static boolean seesPanel(Caller caller, AccessRequestView request) {
        return caller.overseesLedger() && !request.involves(caller.name());
    }

    /** The panel's discussion: its reviewers, the chairs, governance admins and auditors; never the involved. */
    public static boolean seesPanelComments(Caller caller, AccessQueries.Detail detail) {
        if (detail.request().involves(caller.name()) || caller.isNode()) {
            return false;
        }
        return caller.has(Role.DAC_CHAIR)
                || caller.has(Role.GOVERNANCE_ADMIN)
                || caller.has(Role.AUDITOR)
                || isReviewer(caller, detail);
    }

    /**
     * Independent votes: whether the caller may see, now, how the panel voted and what it
     * commented (vote comments and the panel's discussion). A reviewer sees them only after
     * casting their own vote or once the request is decided; a reviewer or chair who declared a
     * conflict of interest never does (they still see the request itself); a chair who may chair
     * the request, auditors and governance admins always; other DAC members once it is decided.
     * Those involved and nodes never see the panel at all.
     */
    public static boolean seesVotes(Caller caller, AccessQueries.Detail detail) {
        AccessRequestView request = detail.request();
        if (!seesPanel(caller, request)) {
            return false;
        }
        boolean decided = !request.getStatus().isOpen();
        var mine = detail.reviewers().stream()
                .filter(r -> r.getReviewer().equals(caller.name()))
                .findFirst();
        if (mine.isPresent()) {
            return !mine.get().isConflict() && (mine.get().getVote() != null || decided);
        }
        if (request.getConflictedChairs().contains(caller.name())) {
            return false;
        }
        if (caller.has(Role.DAC_CHAIR) || caller.has(Role.AUDITOR) || caller.has(Role.GOVERNANCE_ADMIN)) {
            return true;
        }
        return decided;
    }

    /** The event types that carry votes and comments, withheld from those who may not see them yet. */
    public static final java.util.Set<String> VOTE_EVENTS = java.util.Set.of("ReviewVoteCast", "PanelCommentPosted");

    /** The panel's event types: who reviews, votes, conflicts, its discussion. */
    public static final java.util.Set<String> PANEL_EVENTS = java.util.Set.of(
            "ReviewersAssigned",
            "ReviewVoteCast",
            "ConflictOfInterestDeclared",
            "ChairConflictDeclared",
            "PanelCommentPosted");

    /**
     * The event types of this request's trail the caller may not see now, on any page or endpoint:
     * the panel's, for whoever does not see the panel (the involved, nodes); the discussion, for
     * DAC members not on the panel; votes and comments until the caller may see them (seesVotes).
     */
    public static java.util.Set<String> hiddenEvents(Caller caller, AccessQueries.Detail detail) {
        if (!seesPanel(caller, detail.request())) {
            return PANEL_EVENTS;
        }
        java.util.Set<String> hidden = new java.util.HashSet<>();
        if (!seesPanelComments(caller, detail)) {
            hidden.add("PanelCommentPosted");
        }
        if (!seesVotes(caller, detail)) {
            hidden.addAll(VOTE_EVENTS);
        }
        return hidden;
    }

    /** Documents: the applicant and team, the panel, the chairs and auditors. */
    public static boolean mayDownload(Caller caller, AccessQueries.Detail detail) {
        if (caller.isNode()) {
            return false;
        }
        return detail.request().involves(caller.name())
                || caller.has(Role.DAC_CHAIR)
                || caller.has(Role.AUDITOR)
                || isReviewer(caller, detail);
    }

    /** Questions to the applicant: both sides see them (whoever may read the request, nodes aside). */
    public static boolean seesQuestions(Caller caller) {
        return !caller.isNode();
    }

    private static boolean isReviewer(Caller caller, AccessQueries.Detail detail) {
        return detail.reviewers().stream().map(ReviewerView::getReviewer).anyMatch(caller.name()::equals);
    }

    /** The purpose a request states, as the policy input and the commands take it. */
    public static ResearchPurpose purposeOf(AccessRequestView request) {
        return new ResearchPurpose(
                request.getPurpose().getCodes(),
                request.getPurpose().getDisease(),
                request.getPurpose().isCommercial(),
                request.getPurpose().isForProfit(),
                request.getPurpose().isMethodsDevelopment());
    }

    private boolean mayRead(AccessRequestView request, Caller caller) {
        if (seesPanel(caller)) {
            return true;
        }
        if (caller.isNode()) {
            // a draft is the applicant's own until it is submitted, also when it names the node's data
            return request.getStatus() != org.imagingledger.domain.access.api.AccessRequestStatus.DRAFT
                    && request.getDatasets().stream()
                            .anyMatch(d -> catalogue
                                    .dataset(d)
                                    .map(ds -> ds.getNodeId().equals(caller.nodeId()))
                                    .orElse(false));
        }
        return request.involves(caller.name());
    }
}
