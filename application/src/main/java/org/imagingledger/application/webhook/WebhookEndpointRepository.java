package org.imagingledger.application.webhook;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WebhookEndpointRepository extends JpaRepository<WebhookEndpoint, String> {

    List<WebhookEndpoint> findAllByOrderBySubscriberAscCreatedAtAsc();

    List<WebhookEndpoint> findByNodeIdOrderByCreatedAtAsc(String nodeId);

    long countByNodeId(String nodeId);

    long countBySubscriberAndNodeIdIsNull(String subscriber);
}
