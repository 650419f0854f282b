package org.imagingledger.application.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.imagingledger.application.catalogue.NodeTokens;
import org.imagingledger.application.ops.LedgerMetrics;
import org.imagingledger.application.policy.Engines;
import org.imagingledger.application.policy.PolicyBundles;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.domain.decision.api.DecisionRecorded;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.policies.PolicyBundle;
import org.imagingledger.policies.PolicyEngine;
import org.imagingledger.policies.PolicyEvaluationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Answers nodes' questions: builds each input from the ledger, asks the live engine, records
 * every decision (also the fail-closed ones), and answers only once the record is durable.
 */
@Service
public class DecisionService {

    private static final Logger log = LoggerFactory.getLogger(DecisionService.class);
    static final String NO_POLICY = "none";

    private final PolicyInputs inputs;
    private final PolicyBundles bundles;
    private final Engines engines;
    private final DecisionRecorder recorder;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration recordTimeout;
    private final NodeQuotas quotas;
    private final LedgerMetrics metrics;

    DecisionService(
            PolicyInputs inputs,
            NodeQuotas quotas,
            PolicyBundles bundles,
            Engines engines,
            DecisionRecorder recorder,
            ObjectMapper json,
            Clock clock,
            @Value("${ledger.decisions.record-timeout:PT10S}") Duration recordTimeout,
            LedgerMetrics metrics) {
        this.metrics = metrics;
        this.inputs = inputs;
        this.bundles = bundles;
        this.engines = engines;
        this.recorder = recorder;
        this.json = json;
        this.clock = clock;
        this.recordTimeout = recordTimeout;
        this.quotas = quotas;
    }

    public List<Answer> decide(List<Question> questions, Caller caller) {
        String nodeId = caller.node()
                .orElseThrow(() -> CommandRejected.forbidden(ErrorCodes.NODE_ONLY, "only a node asks for decisions"));
        quotas.admit(nodeId, questions);
        long started = System.nanoTime();
        Instant now = clock.instant();
        Optional<PolicyBundle> bundle = bundles.active();
        PolicyEngine engine = engines.live();
        List<DecisionRecorded> decisions = new ArrayList<>(questions.size());
        List<ObjectNode> results = new ArrayList<>(questions.size());
        for (Question question : questions) {
            ObjectNode result;
            String failure = null;
            String input;
            try {
                input = write(inputs.build(nodeId, question, now));
            } catch (RuntimeException e) {
                // without the ledger state there is nothing to decide on: deny, and record the question
                log.error("the ledger state for a decision could not be read", e);
                input = write(inputs.withoutState(nodeId, question, now));
                failure = "the ledger state could not be read";
            }
            try {
                if (failure != null) {
                    throw new PolicyEvaluationException(failure);
                }
                if (bundle.isEmpty()) {
                    throw new PolicyEvaluationException("no policy revision is active");
                }
                result = engine.evaluate(bundle.get(), input).document();
            } catch (PolicyEvaluationException e) {
                failure = e.getMessage();
                result = FailClosed.result(failure);
            }
            decisions.add(new DecisionRecorded(
                    UUID.randomUUID().toString(),
                    nodeId,
                    question.principal(),
                    question.operation(),
                    question.dataset(),
                    question.permit(),
                    input,
                    NodeTokens.sha256(input),
                    bundle.map(PolicyBundle::revision).orElse(NO_POLICY),
                    engine.name(),
                    result.get("allow").booleanValue(),
                    FailClosed.codes(result),
                    write(result),
                    failure,
                    now));
            results.add(result);
        }
        Outcome outcome = await(decisions);
        for (DecisionRecorded d : decisions) {
            if (outcome == Outcome.RECORDED) {
                metrics.decided(d.allow(), d.engine(), d.reasonCodes());
            } else {
                metrics.decided(false, d.engine(), List.of(FailClosed.NOT_RECORDED));
            }
        }
        metrics.decisionTook(Duration.ofNanos(System.nanoTime() - started));
        List<Answer> answers = new ArrayList<>(decisions.size());
        for (int i = 0; i < decisions.size(); i++) {
            DecisionRecorded d = decisions.get(i);
            JsonNode result = results.get(i);
            answers.add(
                    outcome == Outcome.RECORDED
                            ? new Answer(
                                    d.decisionId(),
                                    d.allow(),
                                    result.get("reasons"),
                                    result.get("obligations"),
                                    d.policyRevision(),
                                    true)
                            : new Answer(
                                    outcome == Outcome.REPLACED ? d.decisionId() : null,
                                    false,
                                    FailClosed.notRecorded(),
                                    json.createArrayNode(),
                                    d.policyRevision(),
                                    false));
        }
        return answers;
    }

    /** RECORDED: as decided. FAILED: nothing stored, answered deny. REPLACED: stored as the deny that was answered. */
    private enum Outcome {
        RECORDED,
        FAILED,
        REPLACED
    }

    /**
     * Waits for the record. When it does not come in time, the decisions are withdrawn from the
     * writer if it has not taken them, and the deny the node is then told is recorded in their
     * place (same ids, the timeout as the reason); if the writer has taken them, their commit is
     * under way and its outcome, whichever it is, is what the node is told.
     */
    private Outcome await(List<DecisionRecorded> decisions) {
        DecisionRecorder.Ticket ticket = recorder.record(decisions);
        try {
            ticket.stored().get(recordTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return Outcome.RECORDED;
        } catch (TimeoutException e) {
            if (ticket.withdraw()) {
                log.error(
                        "{} decision(s) not recorded within {}: answered and recorded as denies",
                        decisions.size(),
                        recordTimeout);
                recorder.record(decisions.stream().map(this::asUnrecordedDeny).toList());
                return Outcome.REPLACED;
            }
            return finish(ticket);
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            log.error("{} decision(s) could not be recorded: answered deny", decisions.size(), e);
            return Outcome.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ticket.withdraw() ? Outcome.FAILED : finish(ticket);
        }
    }

    /** The writer holds the decisions: their commit ends either way, and decides the answer. */
    private static Outcome finish(DecisionRecorder.Ticket ticket) {
        try {
            ticket.stored().join();
            return Outcome.RECORDED;
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
            return Outcome.FAILED;
        }
    }

    private DecisionRecorded asUnrecordedDeny(DecisionRecorded d) {
        ObjectNode deny = FailClosed.notRecordedResult();
        return new DecisionRecorded(
                d.decisionId(),
                d.nodeId(),
                d.principal(),
                d.operation(),
                d.datasetId(),
                d.permitId(),
                d.input(),
                d.inputSha256(),
                d.policyRevision(),
                d.engine(),
                false,
                FailClosed.codes(deny),
                write(deny),
                "not recorded within " + recordTimeout.toMillis()
                        + " ms; the deny that was answered is recorded instead",
                d.at());
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
