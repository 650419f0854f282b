package org.imagingledger.web.inbox;

import java.time.Instant;
import java.util.List;
import org.imagingledger.application.inbox.Inbox;
import org.imagingledger.projections.access.AccessQueries;
import org.imagingledger.projections.access.AccessRequestView;
import org.imagingledger.projections.consent.ConsentQueries;
import org.imagingledger.projections.permit.PermitView;
import org.imagingledger.web.config.PageDto;

/** The inbox as the API answers it: each list a first page with its total, and the grand total. */
record InboxDto(
        long total,
        PageDto<RequestTask> votes,
        PageDto<NodeTask> nodeDecisions,
        PageDto<ChairTask> chair,
        PageDto<QuestionTask> questions,
        PageDto<NoticeTask> notices,
        PageDto<PermitTask> permitsEnding) {

    record RequestTask(String requestId, String title, String applicant, Instant deadline, boolean overdue) {
        static RequestTask of(AccessRequestView v, Instant now) {
            return new RequestTask(
                    v.getRequestId(), v.getTitle(), v.getApplicant(), v.getDeadline(), v.isOverdueAt(now));
        }
    }

    /** What the chair is to do next: assign the panel, or decide. */
    record ChairTask(
            String requestId,
            String title,
            String applicant,
            String status,
            String next,
            Instant deadline,
            boolean overdue) {
        static ChairTask of(AccessRequestView v, Instant now) {
            return new ChairTask(
                    v.getRequestId(),
                    v.getTitle(),
                    v.getApplicant(),
                    v.getStatus().name(),
                    v.getStatus().name().equals("SUBMITTED") ? "ASSIGN_PANEL" : "DECIDE",
                    v.getDeadline(),
                    v.isOverdueAt(now));
        }
    }

    record NodeTask(String requestId, String title, String datasetId, Instant deadline) {
        static NodeTask of(AccessQueries.NodeTask t) {
            return new NodeTask(
                    t.decision().getRequestId(),
                    t.request() == null ? null : t.request().getTitle(),
                    t.decision().getDatasetId(),
                    t.request() == null ? null : t.request().getDeadline());
        }
    }

    record QuestionTask(
            String requestId, String title, String questionId, String text, String askedBy, Instant askedAt) {
        static QuestionTask of(AccessQueries.QuestionTask t) {
            return new QuestionTask(
                    t.question().getRequestId(),
                    t.request() == null ? null : t.request().getTitle(),
                    t.question().getEntryId(),
                    t.question().getText(),
                    t.question().getAuthor(),
                    t.question().getPostedAt());
        }
    }

    record NoticeTask(
            String noticeId,
            String recipientKind,
            String recipientId,
            List<String> datasets,
            Instant issuedAt,
            long ageSeconds) {
        static NoticeTask of(ConsentQueries.NoticeAge n) {
            return new NoticeTask(
                    n.notice().getNoticeId(),
                    n.notice().getRecipientKind().name(),
                    n.notice().getRecipientId(),
                    n.notice().getDatasets(),
                    n.notice().getIssuedAt(),
                    n.age().toSeconds());
        }
    }

    record PermitTask(String permitId, String status, List<String> datasets, Instant validUntil) {
        static PermitTask of(PermitView p) {
            return new PermitTask(p.getPermitId(), p.getStatus().name(), p.getDatasets(), p.getValidUntil());
        }
    }

    static InboxDto of(Inbox inbox, Instant now) {
        return new InboxDto(
                inbox.total(),
                PageDto.of(inbox.votes(), v -> RequestTask.of(v, now)),
                PageDto.of(inbox.nodeDecisions(), NodeTask::of),
                PageDto.of(inbox.chair(), v -> ChairTask.of(v, now)),
                PageDto.of(inbox.questions(), QuestionTask::of),
                PageDto.of(inbox.notices(), NoticeTask::of),
                PageDto.of(inbox.permitsEnding(), PermitTask::of));
    }
}
