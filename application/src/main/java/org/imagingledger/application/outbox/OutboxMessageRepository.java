package org.imagingledger.application.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxMessageRepository extends JpaRepository<OutboxMessage, String> {

    List<OutboxMessage> findByChannelAndTargetOrderByCreatedAtDesc(String channel, String target, Pageable page);

    List<OutboxMessage> findByChannelAndTargetAndStatusInOrderByCreatedAtDesc(
            String channel, String target, Collection<String> statuses, Pageable page);

    List<OutboxMessage> findByReferenceOrderByCreatedAt(String reference);

    List<OutboxMessage> findByReferenceInOrderByCreatedAt(Collection<String> references);

    List<OutboxMessage> findByChannelOrderByCreatedAtDesc(String channel, Pageable page);

    Optional<OutboxMessage> findByDedupeKey(String dedupeKey);

    long countByStatus(String status);

    @Modifying
    @Query("update OutboxMessage m set m.status = 'HELD' where m.channel = :channel and m.target = :target"
            + " and m.status = 'PENDING'")
    int hold(@Param("channel") String channel, @Param("target") String target);

    @Modifying
    @Query("update OutboxMessage m set m.status = 'PENDING', m.retryBase = m.attempts, m.nextAttemptAt = :now"
            + " where m.channel = :channel and m.target = :target and m.status = 'HELD'")
    int release(@Param("channel") String channel, @Param("target") String target, @Param("now") Instant now);

    @Modifying
    @Query("update OutboxMessage m set m.status = 'CANCELLED', m.lastError = :why, m.nextAttemptAt = null"
            + " where m.channel = :channel and m.target = :target and m.status in ('PENDING', 'HELD')")
    int cancel(@Param("channel") String channel, @Param("target") String target, @Param("why") String why);
}
