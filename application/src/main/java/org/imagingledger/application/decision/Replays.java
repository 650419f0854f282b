package org.imagingledger.application.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.imagingledger.application.catalogue.NodeTokens;
import org.imagingledger.application.consent.SubjectData;
import org.imagingledger.application.policy.Engines;
import org.imagingledger.application.policy.PolicyBundles;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.domain.decision.api.DecisionRecorded;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.policies.PolicyBundle;
import org.imagingledger.policies.PolicyEvaluationException;
import org.imagingledger.projections.decision.DecisionFilter;
import org.imagingledger.projections.decision.DecisionQueries;
import org.imagingledger.projections.decision.DecisionView;
import org.springframework.stereotype.Service;

/**
 * Re-evaluates recorded decisions from the event store: a replay under the recorded revision
 * (it must give the recorded result), or an impact analysis under a candidate revision.
 * Both run in-process, because only the in-process engine can load any published revision.
 */
@Service
public class Replays {

    public static final int MAX_IMPACT = 5000;

    private final EventStore eventStore;
    private final PolicyBundles bundles;
    private final Engines engines;
    private final DecisionQueries decisions;
    private final ObjectMapper json;

    Replays(
            EventStore eventStore,
            PolicyBundles bundles,
            Engines engines,
            DecisionQueries decisions,
            ObjectMapper json) {
        this.eventStore = eventStore;
        this.bundles = bundles;
        this.engines = engines;
        this.decisions = decisions;
        this.json = json;
    }

    /** The outcome of evaluating a recorded input again. */
    public record Replay(
            String decisionId,
            String nodeId,
            String revision,
            boolean inputIntact,
            JsonNode recorded,
            JsonNode replayed,
            String failure,
            boolean identical) {

        public boolean recordedAllow() {
            return recorded.path("allow").asBoolean(false);
        }

        public boolean replayedAllow() {
            return replayed != null && replayed.path("allow").asBoolean(false);
        }

        public List<String> recordedReasons() {
            return FailClosed.codes(recorded);
        }

        public List<String> replayedReasons() {
            return replayed == null ? List.of() : FailClosed.codes(replayed);
        }

        /** As the caller may see it: without the excluded subjects' pseudonyms unless they are the caller's to see. */
        public Replay visibleTo(Caller caller) {
            if (SubjectData.visibleTo(caller, nodeId)) {
                return this;
            }
            JsonNode r = recorded == null ? null : recorded.deepCopy();
            JsonNode p = replayed == null ? null : replayed.deepCopy();
            SubjectData.hideSubjects(r);
            SubjectData.hideSubjects(p);
            return new Replay(decisionId, nodeId, revision, inputIntact, r, p, failure, identical);
        }
    }

    public record Impact(String candidate, int evaluated, List<Replay> changed) {

        public Impact visibleTo(Caller caller) {
            return new Impact(
                    candidate,
                    evaluated,
                    changed.stream().map(r -> r.visibleTo(caller)).toList());
        }
    }

    public DecisionRecorded recorded(String decisionId) {
        DomainEventStream stream = eventStore.readEvents(decisionId);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getPayload() instanceof DecisionRecorded decision) {
                return decision;
            }
        }
        throw CommandRejected.notFound("decision", decisionId);
    }

    public Replay replay(String decisionId) {
        DecisionRecorded decision = recorded(decisionId);
        if (DecisionService.NO_POLICY.equals(decision.policyRevision())) {
            return evaluate(decision, null, decision.policyRevision());
        }
        return evaluate(decision, bundles.load(decision.policyRevision()), decision.policyRevision());
    }

    public Impact impact(String candidateRevision, int last, DecisionFilter filter) {
        if (last < 1 || last > MAX_IMPACT) {
            throw CommandRejected.invalid(
                    "last", ErrorCodes.OUT_OF_RANGE, "must be between 1 and " + MAX_IMPACT, 1, MAX_IMPACT);
        }
        PolicyBundle candidate = bundles.load(candidateRevision);
        List<Replay> changed = new ArrayList<>();
        List<DecisionView> recent = decisions.find(filter, last);
        for (DecisionView view : recent) {
            Replay replay = evaluate(recorded(view.getDecisionId()), candidate, candidateRevision);
            if (!replay.identical()) {
                changed.add(replay);
            }
        }
        return new Impact(candidateRevision, recent.size(), changed);
    }

    /** A recorded decision evaluated again under a candidate revision (an impact analysis's step). */
    public Replay under(String decisionId, PolicyBundle candidate, String candidateRevision) {
        return evaluate(recorded(decisionId), candidate, candidateRevision);
    }

    private Replay evaluate(DecisionRecorded decision, PolicyBundle bundle, String revision) {
        JsonNode recorded = read(decision.result());
        boolean intact = NodeTokens.sha256(decision.input()).equals(decision.inputSha256());
        if (bundle == null) {
            return new Replay(
                    decision.decisionId(),
                    decision.nodeId(),
                    revision,
                    intact,
                    recorded,
                    null,
                    "no policy was active",
                    false);
        }
        try {
            JsonNode replayed =
                    engines.inProcess().evaluate(bundle, decision.input()).document();
            return new Replay(
                    decision.decisionId(),
                    decision.nodeId(),
                    revision,
                    intact,
                    recorded,
                    replayed,
                    null,
                    intact && replayed.equals(recorded));
        } catch (PolicyEvaluationException e) {
            return new Replay(
                    decision.decisionId(), decision.nodeId(), revision, intact, recorded, null, e.getMessage(), false);
        }
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a recorded result is not JSON", e);
        }
    }
}
