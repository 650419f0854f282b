package org.imagingledger.projections.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of a request's discussion: a panel comment (the DAC side's only) or a question to
 * the applicant with its answer (both sides').
 */
@Entity
@Table(name = "access_discussion_view")
public class DiscussionView {

    public enum Kind {
        PANEL_COMMENT,
        QUESTION
    }

    @Id
    @Column(length = 128)
    private String entryId;

    @Column(nullable = false, length = 128)
    private String requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(nullable = false, length = 128)
    private String author;

    @Column(nullable = false)
    private Instant postedAt;

    @Column(length = 4000)
    private String answer;

    @Column(length = 128)
    private String answeredBy;

    private Instant answeredAt;

    protected DiscussionView() {}

    DiscussionView(String entryId, String requestId, Kind kind, String text, String author, Instant at) {
        this.entryId = entryId;
        this.requestId = requestId;
        this.kind = kind;
        this.text = text;
        this.author = author;
        this.postedAt = at;
    }

    void answered(String text, String by, Instant at) {
        answer = text;
        answeredBy = by;
        answeredAt = at;
    }

    public String getEntryId() {
        return entryId;
    }

    public String getRequestId() {
        return requestId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }
}
