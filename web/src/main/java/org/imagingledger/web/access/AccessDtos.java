package org.imagingledger.web.access;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.imagingledger.domain.access.api.AccessRequestStatus;
import org.imagingledger.domain.access.api.RequestContent;
import org.imagingledger.domain.access.api.ResearchPurpose;
import org.imagingledger.domain.shared.DuoTerms;
import org.imagingledger.projections.access.AccessQueries;
import org.imagingledger.projections.access.AccessRequestView;
import org.imagingledger.projections.access.DiscussionView;
import org.imagingledger.projections.access.DocumentView;
import org.imagingledger.projections.access.NodeDecisionView;
import org.imagingledger.projections.access.PurposeCheckView;
import org.imagingledger.projections.access.ReviewerView;
import org.imagingledger.web.config.RequiredFields;

/** The JSON shapes of the access API. */
final class AccessDtos {

    private AccessDtos() {}

    /** The body of POST and PUT: any part may be missing in a draft. */
    record DraftBody(
            String title,
            List<String> datasets,
            PurposeBody purpose,
            String summary,
            List<String> operations,
            Instant periodFrom,
            Instant periodUntil,
            List<String> team) {
        RequestContent content() {
            return new RequestContent(
                    title,
                    datasets,
                    purpose == null ? null : purpose.toPurpose(),
                    summary,
                    operations,
                    periodFrom,
                    periodUntil,
                    team);
        }
    }

    /** A purpose may be left out of a draft; when given, each flag must be said. */
    record PurposeBody(
            List<String> codes, String disease, Boolean commercial, Boolean forProfit, Boolean methodsDevelopment) {
        ResearchPurpose toPurpose() {
            RequiredFields required = RequiredFields.at("purpose");
            boolean c = required.require("commercial", commercial, false);
            boolean f = required.require("forProfit", forProfit, false);
            boolean m = required.require("methodsDevelopment", methodsDevelopment, false);
            required.orReject();
            return new ResearchPurpose(codes, disease, c, f, m);
        }
    }

    record ReviewersBody(List<String> reviewers) {}

    record CommentBody(String comment) {}

    record VoteBody(String vote, String comment) {}

    record NodeDecisionBody(String datasetId, Boolean agreed, String comment) {}

    record DecisionBody(
            String outcome, String reason, List<String> conditions, Instant validFrom, Instant validUntil) {}

    record ReasonBody(String reason) {}

    record TextBody(String text) {}

    /** A policy reason or obligation: the code, the DUO shorthand of an obligation, the words. */
    record ItemDto(String code, String shorthand, String message) {}

    record OverrideDto(String reason, String by, Instant at, String revision) {}

    /**
     * The latest purpose check of one requested dataset: COMPATIBLE, NOT_COMPATIBLE or
     * NOT_EVALUATED (then it counts as not compatible), the revision that answered, the reasons
     * in words, the obligations the applicant must meet, and the chair's override if any.
     * {@code grantable}: an approval now would include the dataset (node answers aside).
     */
    record PurposeCheckDto(
            String datasetId,
            String outcome,
            boolean allow,
            String revision,
            String trigger,
            Instant checkedAt,
            String checkedBy,
            List<ItemDto> reasons,
            List<ItemDto> obligations,
            OverrideDto override,
            boolean grantable) {
        static PurposeCheckDto of(PurposeCheckView c, PurposeWords words, Locale locale) {
            return new PurposeCheckDto(
                    c.getDatasetId(),
                    c.getOutcome().name(),
                    c.isAllowed(),
                    c.getRevision(),
                    c.getTrigger().name(),
                    c.getCheckedAt(),
                    c.getCheckedBy(),
                    c.getReasons().stream()
                            .map(i -> new ItemDto(i.code(), i.shorthand(), words.reason(i, locale)))
                            .toList(),
                    c.getObligations().stream()
                            .map(i -> new ItemDto(i.code(), i.shorthand(), words.obligation(i, locale)))
                            .toList(),
                    c.isOverridden()
                            ? new OverrideDto(
                                    c.getOverrideReason(),
                                    c.getOverrideBy(),
                                    c.getOverrideAt(),
                                    c.getOverrideRevision())
                            : null,
                    c.isGrantable());
        }
    }

    /** An attached document; {@code href} downloads it (for those who may). */
    record DocumentDto(
            String id,
            String kind,
            String fileName,
            String mediaType,
            long size,
            String sha256,
            String uploadedBy,
            Instant uploadedAt,
            String href) {
        static DocumentDto of(DocumentView d) {
            return new DocumentDto(
                    d.getDocumentId(),
                    d.getKind().name(),
                    d.getFileName(),
                    d.getMediaType(),
                    d.getSize(),
                    d.getSha256(),
                    d.getUploadedBy(),
                    d.getUploadedAt(),
                    "/api/v1/access-requests/" + d.getRequestId() + "/documents/" + d.getDocumentId());
        }
    }

    record CommentDto(String id, String author, Instant postedAt, String text) {
        static CommentDto of(DiscussionView d) {
            return new CommentDto(d.getEntryId(), d.getAuthor(), d.getPostedAt(), d.getText());
        }
    }

    record QuestionDto(
            String id,
            String askedBy,
            Instant askedAt,
            String text,
            String answer,
            String answeredBy,
            Instant answeredAt) {
        static QuestionDto of(DiscussionView d) {
            return new QuestionDto(
                    d.getEntryId(),
                    d.getAuthor(),
                    d.getPostedAt(),
                    d.getText(),
                    d.getAnswer(),
                    d.getAnsweredBy(),
                    d.getAnsweredAt());
        }
    }

    record Summary(
            String id,
            String applicant,
            String title,
            AccessRequestStatus status,
            List<String> datasets,
            List<String> purposeCodes,
            Instant deadline,
            boolean extended,
            boolean overdue,
            Instant submittedAt,
            Instant decidedAt,
            int quorum,
            int reviewers,
            int votes) {
        static Summary of(AccessRequestView v, boolean overdue) {
            return new Summary(
                    v.getRequestId(),
                    v.getApplicant(),
                    v.getTitle(),
                    v.getStatus(),
                    v.getDatasets(),
                    v.getPurpose().getCodes(),
                    v.getDeadline(),
                    v.isExtended(),
                    overdue,
                    v.getSubmittedAt(),
                    v.getDecidedAt(),
                    v.getQuorum(),
                    v.getReviewerCount(),
                    v.getVotesCount());
        }

        static Summary of(AccessQueries.Row row) {
            return of(row.request(), row.overdue());
        }
    }

    record Reviewer(
            String reviewer,
            boolean conflict,
            String conflictComment,
            String vote,
            String voteComment,
            Instant votedAt) {
        static Reviewer of(ReviewerView r) {
            return new Reviewer(
                    r.getReviewer(),
                    r.isConflict(),
                    r.getConflictComment(),
                    r.getVote() == null ? null : r.getVote().name(),
                    r.getVoteComment(),
                    r.getVotedAt());
        }

        /** A reviewer without their vote, its comment and time: for a caller who may not see them yet. */
        static Reviewer blinded(ReviewerView r) {
            return new Reviewer(r.getReviewer(), r.isConflict(), r.getConflictComment(), null, null, null);
        }
    }

    record NodeDecision(String datasetId, String nodeId, String decision, String comment, Instant decidedAt) {
        static NodeDecision of(NodeDecisionView d) {
            String decision = d.isPending() ? "PENDING" : d.getAgreed() ? "AGREED" : "DECLINED";
            return new NodeDecision(d.getDatasetId(), d.getNodeId(), decision, d.getComment(), d.getDecidedAt());
        }
    }

    /** One request in full; the panel only for those who may see it (reviewers' names and votes). */
    record Detail(
            String id,
            String applicant,
            String title,
            AccessRequestStatus status,
            List<String> datasets,
            List<String> purposeCodes,
            List<String> purposeLabels,
            String disease,
            boolean commercial,
            boolean forProfit,
            boolean methodsDevelopment,
            String summary,
            List<String> operations,
            List<String> team,
            Instant periodFrom,
            Instant periodUntil,
            Instant deadline,
            boolean extended,
            boolean overdue,
            Instant submittedAt,
            Instant decidedAt,
            int quorum,
            int votes,
            String permitId,
            Instant validFrom,
            Instant validUntil,
            List<String> conditions,
            String outcomeReason,
            List<Reviewer> reviewers,
            boolean votesHidden,
            List<NodeDecision> nodeDecisions,
            List<PurposeCheckDto> purposeChecks,
            List<String> overriddenDatasets,
            List<String> purposeExcluded,
            List<String> conflictedChairs,
            List<DocumentDto> documents,
            List<CommentDto> panelComments,
            List<QuestionDto> questions) {
        /**
         * {@code panel}: the caller sees the panel (reviewers, chair conflicts); {@code votes}: the
         * caller sees how it voted and its comments now (independent votes: a reviewer only after
         * voting); {@code comments}: the panel's discussion; {@code questions}: the questions to
         * the applicant.
         */
        static Detail of(
                AccessQueries.Detail d,
                boolean panel,
                boolean votes,
                boolean comments,
                boolean questions,
                PurposeWords words,
                Locale locale) {
            AccessRequestView v = d.request();
            return new Detail(
                    v.getRequestId(),
                    v.getApplicant(),
                    v.getTitle(),
                    v.getStatus(),
                    v.getDatasets(),
                    v.getPurpose().getCodes(),
                    v.getPurpose().getCodes().stream().map(DuoTerms::label).toList(),
                    v.getPurpose().getDisease(),
                    v.getPurpose().isCommercial(),
                    v.getPurpose().isForProfit(),
                    v.getPurpose().isMethodsDevelopment(),
                    v.getSummary(),
                    v.getOperations(),
                    v.getTeam(),
                    v.getPeriodFrom(),
                    v.getPeriodUntil(),
                    v.getDeadline(),
                    v.isExtended(),
                    d.overdue(),
                    v.getSubmittedAt(),
                    v.getDecidedAt(),
                    v.getQuorum(),
                    v.getVotesCount(),
                    v.getPermitId(),
                    v.getValidFrom(),
                    v.getValidUntil(),
                    v.getConditions(),
                    v.getOutcomeReason(),
                    panel
                            ? d.reviewers().stream()
                                    .map(r -> votes ? Reviewer.of(r) : Reviewer.blinded(r))
                                    .toList()
                            : List.of(),
                    panel && !votes,
                    d.nodeDecisions().stream().map(NodeDecision::of).toList(),
                    d.purposeChecks().stream()
                            .map(c -> PurposeCheckDto.of(c, words, locale))
                            .toList(),
                    v.getOverriddenDatasets(),
                    v.getPurposeExcluded(),
                    panel ? v.getConflictedChairs() : List.of(),
                    d.documents().stream().map(DocumentDto::of).toList(),
                    comments && votes
                            ? d.discussion().stream()
                                    .filter(e -> e.getKind() == DiscussionView.Kind.PANEL_COMMENT)
                                    .map(CommentDto::of)
                                    .toList()
                            : List.of(),
                    questions
                            ? d.discussion().stream()
                                    .filter(e -> e.getKind() == DiscussionView.Kind.QUESTION)
                                    .map(QuestionDto::of)
                                    .toList()
                            : List.of());
        }
    }
}
