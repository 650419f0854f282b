package org.imagingledger.domain.access;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.imagingledger.domain.access.api.AnswerApplicantQuestion;
import org.imagingledger.domain.access.api.ApplicantQuestionAnswered;
import org.imagingledger.domain.access.api.ApplicantQuestionAsked;
import org.imagingledger.domain.access.api.AskApplicant;
import org.imagingledger.domain.access.api.AttachDocument;
import org.imagingledger.domain.access.api.DocumentAttached;
import org.imagingledger.domain.access.api.DocumentKind;
import org.imagingledger.domain.access.api.PanelCommentPosted;
import org.imagingledger.domain.access.api.PostPanelComment;
import org.imagingledger.domain.access.api.RequestAction;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.domain.shared.Limits;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.imagingledger.domain.access.AccessRequest.actorAndTime;

/**
 * What accompanies a request besides its content: the applicant's documents (kind, name, type,
 * size and SHA-256; the bytes are stored beside the event), the panel's discussion, and the
 * questions put to the applicant with their answers. Documents and questions stay across review
 * rounds: an ethics approval attached once still holds after a return for changes.
 */
class Dossier {

    /** The media types the ledger accepts, as detected from the content by the application. */
    static final List<String> MEDIA_TYPES = List.of("application/pdf", "image/png", "image/jpeg");

    private final AccessRequest request;
    private final Map<String, DocumentKind> documents = new HashMap<>();
    private final Set<String> hashes = new HashSet<>();
    private final Set<String> commentIds = new HashSet<>();
    private final Set<String> open = new HashSet<>();
    private final Set<String> answered = new HashSet<>();

    Dossier(AccessRequest request) {
        this.request = request;
    }

    @CommandHandler
    void handle(AttachDocument command) {
        actorAndTime(command.actor(), command.at())
                .identifier("documentId", command.documentId())
                .notNull("kind", command.kind())
                .text("fileName", command.fileName(), Limits.FILE_NAME)
                .when(
                        !MEDIA_TYPES.contains(command.mediaType()),
                        "file",
                        ErrorCodes.UNSUPPORTED_DOCUMENT,
                        "must be a PDF, PNG or JPEG file",
                        String.valueOf(command.mediaType()))
                .positive("size", command.size())
                .when(
                        command.sha256() == null || !command.sha256().matches("[0-9a-f]{64}"),
                        "sha256",
                        ErrorCodes.NOT_HEX,
                        "must be a lower-case hexadecimal SHA-256")
                .orReject();
        if (!request.applicant().equals(command.actor())) {
            throw CommandRejected.forbidden(
                    ErrorCodes.NOT_APPLICANT, "only the applicant may attach documents to " + request.requestId());
        }
        request.requireStatus(RequestAction.ATTACH_DOCUMENT);
        if (documents.containsKey(command.documentId())) {
            throw CommandRejected.duplicate("documentId", command.documentId());
        }
        if (hashes.contains(command.sha256())) {
            throw CommandRejected.invalid("file", ErrorCodes.DUPLICATE_ENTRY, "is already attached to this request");
        }
        apply(new DocumentAttached(
                request.requestId(),
                command.documentId(),
                command.kind(),
                command.fileName().trim(),
                command.mediaType(),
                command.size(),
                command.sha256(),
                command.actor(),
                command.at()));
    }

    /** The panel's own discussion: reviewers, and chairs ({@code asChair}); never the applicant or team. */
    @CommandHandler
    void handle(PostPanelComment command) {
        actorAndTime(command.actor(), command.at())
                .identifier("commentId", command.commentId())
                .text("text", command.text(), Limits.MESSAGE)
                .orReject();
        requireDacSide(command.actor(), command.asChair());
        request.requireStatus(RequestAction.COMMENT);
        if (commentIds.contains(command.commentId())) {
            throw CommandRejected.duplicate("commentId", command.commentId());
        }
        apply(new PanelCommentPosted(
                request.requestId(), command.commentId(), command.text().trim(), command.actor(), command.at()));
    }

    @CommandHandler
    void handle(AskApplicant command) {
        actorAndTime(command.actor(), command.at())
                .identifier("questionId", command.questionId())
                .text("text", command.text(), Limits.MESSAGE)
                .orReject();
        requireDacSide(command.actor(), command.asChair());
        request.requireStatus(RequestAction.ASK_APPLICANT);
        if (open.contains(command.questionId()) || answered.contains(command.questionId())) {
            throw CommandRejected.duplicate("questionId", command.questionId());
        }
        apply(new ApplicantQuestionAsked(
                request.requestId(), command.questionId(), command.text().trim(), command.actor(), command.at()));
    }

    @CommandHandler
    void handle(AnswerApplicantQuestion command) {
        actorAndTime(command.actor(), command.at())
                .identifier("questionId", command.questionId())
                .text("text", command.text(), Limits.MESSAGE)
                .orReject();
        if (!request.isInvolved(command.actor())) {
            throw CommandRejected.forbidden(
                    ErrorCodes.NOT_APPLICANT,
                    "only the applicant or the team may answer questions on " + request.requestId());
        }
        request.requireStatus(RequestAction.ANSWER_QUESTION);
        if (answered.contains(command.questionId())) {
            throw CommandRejected.state(
                    ErrorCodes.ALREADY_ANSWERED,
                    "question " + command.questionId() + " is already answered",
                    command.questionId());
        }
        if (!open.contains(command.questionId())) {
            throw CommandRejected.notFound("question", command.questionId());
        }
        apply(new ApplicantQuestionAnswered(
                request.requestId(), command.questionId(), command.text().trim(), command.actor(), command.at()));
    }

    /**
     * Who speaks for the DAC on a request: one of its reviewers, or a chair free to chair it.
     * The applicant and the team never do.
     */
    private void requireDacSide(String actor, boolean asChair) {
        request.requireUninvolved(actor);
        if (request.isReviewer(actor)) {
            return;
        }
        if (!asChair) {
            throw CommandRejected.forbidden(
                    ErrorCodes.NOT_REVIEWER, actor + " is not a reviewer of request " + request.requestId());
        }
        if (request.isChairConflicted(actor)) {
            throw CommandRejected.forbidden(
                    ErrorCodes.CHAIR_CONFLICT,
                    actor + " declared a conflict of interest on request " + request.requestId(),
                    actor);
        }
    }

    boolean hasEthicsApproval() {
        return documents.containsValue(DocumentKind.ETHICS_APPROVAL);
    }

    @EventSourcingHandler
    void on(DocumentAttached event) {
        documents.put(event.documentId(), event.kind());
        hashes.add(event.sha256());
    }

    @EventSourcingHandler
    void on(PanelCommentPosted event) {
        commentIds.add(event.commentId());
    }

    @EventSourcingHandler
    void on(ApplicantQuestionAsked event) {
        open.add(event.questionId());
    }

    @EventSourcingHandler
    void on(ApplicantQuestionAnswered event) {
        open.remove(event.questionId());
        answered.add(event.questionId());
    }
}
