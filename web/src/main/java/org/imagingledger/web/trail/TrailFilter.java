package org.imagingledger.web.trail;

import java.util.Set;

/**
 * The events of a request that are the panel's: who reviews, votes, conflicts, the panel's
 * discussion. Never shown to the applicant or the team, on any page or endpoint.
 */
public final class TrailFilter {

    public static final Set<String> PANEL_EVENTS = Set.of(
            "ReviewersAssigned",
            "ReviewVoteCast",
            "ConflictOfInterestDeclared",
            "ChairConflictDeclared",
            "PanelCommentPosted");

    private TrailFilter() {}
}
