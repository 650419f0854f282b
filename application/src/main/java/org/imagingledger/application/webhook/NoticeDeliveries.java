package org.imagingledger.application.webhook;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.imagingledger.application.outbox.Channel;
import org.imagingledger.application.outbox.Outbox;
import org.imagingledger.application.outbox.OutboxStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** When webhooks first delivered withdrawal notices: shown beside each notice's time to acknowledge. */
@Service
public class NoticeDeliveries {

    private final Outbox outbox;

    NoticeDeliveries(Outbox outbox) {
        this.outbox = outbox;
    }

    /** For each notice a webhook delivered, the time of its first delivery. */
    @Transactional(readOnly = true)
    public Map<String, Instant> firstDelivered(Collection<String> noticeIds) {
        Map<String, Instant> first = new HashMap<>();
        for (Outbox.Sent sent : outbox.about(noticeIds)) {
            var m = sent.message();
            if (m.getChannel() == Channel.WEBHOOK
                    && m.getStatus() == OutboxStatus.DELIVERED
                    && m.getEventType().equals(WebhookEventType.WITHDRAWAL_NOTICE_ISSUED.wire())) {
                first.merge(m.getReference(), m.getDeliveredAt(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return first;
    }

    public Optional<Instant> firstDelivered(String noticeId) {
        return Optional.ofNullable(firstDelivered(java.util.List.of(noticeId)).get(noticeId));
    }
}
