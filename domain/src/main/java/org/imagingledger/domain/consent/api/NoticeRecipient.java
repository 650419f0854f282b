package org.imagingledger.domain.consent.api;

import java.util.List;

/**
 * Who must act on a withdrawal: a node (id = node id) or a permit (id = permit id). The
 * addressee is who may acknowledge it: the node id for a node, the permit holder for a
 * permit. Datasets are those of the consent that the recipient holds or covers.
 */
public record NoticeRecipient(RecipientKind kind, String id, String addressee, List<String> datasets) {}
