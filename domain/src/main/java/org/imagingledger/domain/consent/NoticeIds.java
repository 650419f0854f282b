package org.imagingledger.domain.consent;

import org.imagingledger.domain.consent.api.RecipientKind;

/**
 * Notice ids are derived, so that a retried withdrawal names the same notices:
 * consentId~KIND~recipientId. "~" is URL-safe and never part of an identifier.
 */
final class NoticeIds {

    private NoticeIds() {}

    static String of(String consentId, RecipientKind kind, String recipientId) {
        return consentId + "~" + kind.name() + "~" + recipientId;
    }
}
