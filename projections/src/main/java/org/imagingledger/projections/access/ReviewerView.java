package org.imagingledger.projections.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.imagingledger.domain.access.api.ReviewVote;

/** One reviewer on the panel of a request: conflict declared, vote cast. */
@Entity
@Table(name = "access_reviewer_view")
public class ReviewerView {

    /** requestId + "|" + reviewer: both are identifiers, which never hold "|". */
    @Id
    @Column(length = 260)
    private String id;

    @Column(nullable = false, length = 128)
    private String requestId;

    @Column(nullable = false, length = 128)
    private String reviewer;

    @Column(nullable = false)
    private Instant assignedAt;

    private boolean conflict;

    @Column(length = 1000)
    private String conflictComment;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private ReviewVote vote;

    @Column(length = 2000)
    private String voteComment;

    private Instant votedAt;

    protected ReviewerView() {}

    ReviewerView(String requestId, String reviewer, Instant assignedAt) {
        this.id = key(requestId, reviewer);
        this.requestId = requestId;
        this.reviewer = reviewer;
        this.assignedAt = assignedAt;
    }

    static String key(String requestId, String reviewer) {
        return requestId + "|" + reviewer;
    }

    void conflict(String comment) {
        conflict = true;
        conflictComment = comment;
    }

    void vote(ReviewVote cast, String comment, Instant at) {
        vote = cast;
        voteComment = comment;
        votedAt = at;
    }

    public String getRequestId() {
        return requestId;
    }

    public String getReviewer() {
        return reviewer;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public boolean isConflict() {
        return conflict;
    }

    public String getConflictComment() {
        return conflictComment;
    }

    public ReviewVote getVote() {
        return vote;
    }

    public String getVoteComment() {
        return voteComment;
    }

    public Instant getVotedAt() {
        return votedAt;
    }
}
