package org.imagingledger.application.decision;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.imagingledger.application.shared.QuotaExceeded;
import org.imagingledger.domain.shared.ErrorCodes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What one node may ask: questions per minute (a token bucket per node, refilled continuously)
 * and subjects per question. Every decision is kept forever, so a quota is what stops one node
 * from filling the log; a question over quota is answered 429 and nothing is recorded. Each
 * ledger instance keeps its own buckets, so with several instances behind a balancer a node's
 * effective rate is at most the quota times the number of instances.
 */
@Component
public class NodeQuotas {

    private final long questionsPerMinute;
    private final int subjectsPerQuestion;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    NodeQuotas(
            @Value("${ledger.quotas.questions-per-minute:60000}") long questionsPerMinute,
            @Value("${ledger.quotas.subjects-per-question:10000}") int subjectsPerQuestion) {
        this.questionsPerMinute = questionsPerMinute;
        this.subjectsPerQuestion = subjectsPerQuestion;
    }

    /** Takes the questions from the node's quota, or refuses all of them. */
    void admit(String nodeId, List<Question> questions) {
        for (Question question : questions) {
            if (question.subjects() != null && question.subjects().size() > subjectsPerQuestion) {
                throw new QuotaExceeded(
                        ErrorCodes.SUBJECT_QUOTA,
                        "a question may name at most " + subjectsPerQuestion + " subjects",
                        null,
                        subjectsPerQuestion);
            }
        }
        Bucket bucket = buckets.computeIfAbsent(
                nodeId,
                id -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(questionsPerMinute)
                                .refillGreedy(questionsPerMinute, Duration.ofMinutes(1))
                                .build())
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(questions.size());
        if (!probe.isConsumed()) {
            Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
            throw new QuotaExceeded(
                    ErrorCodes.QUESTION_QUOTA,
                    "node " + nodeId + " may ask " + questionsPerMinute + " questions a minute",
                    wait.isZero() ? Duration.ofSeconds(1) : wait,
                    questionsPerMinute);
        }
    }
}
