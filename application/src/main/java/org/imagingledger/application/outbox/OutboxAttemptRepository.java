package org.imagingledger.application.outbox;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxAttemptRepository extends JpaRepository<OutboxAttempt, String> {

    List<OutboxAttempt> findByMessageIdInOrderByMessageIdAscNumberAsc(Collection<String> messageIds);
}
