package org.imagingledger.domain.access.api;

/** A reviewer's vote; an abstention counts towards the quorum of votes cast. */
public enum ReviewVote {
    APPROVE,
    REJECT,
    ABSTAIN
}
