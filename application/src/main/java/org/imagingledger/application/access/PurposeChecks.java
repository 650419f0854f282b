package org.imagingledger.application.access;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.imagingledger.application.decision.PolicyInputs;
import org.imagingledger.application.policy.Engines;
import org.imagingledger.application.policy.PolicyActivated;
import org.imagingledger.application.policy.PolicyBundles;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.domain.access.api.PolicyItem;
import org.imagingledger.domain.access.api.PurposeCheck;
import org.imagingledger.domain.access.api.PurposeCheckOutcome;
import org.imagingledger.domain.access.api.PurposeCheckTrigger;
import org.imagingledger.domain.access.api.RecordPurposeChecks;
import org.imagingledger.domain.access.api.ResearchPurpose;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.policies.PolicyBundle;
import org.imagingledger.policies.PolicyEvaluationException;
import org.imagingledger.policies.PolicyResult;
import org.imagingledger.projections.access.AccessQueries;
import org.imagingledger.projections.access.AccessRequestView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * The purpose check at review: the active policy's {@code purpose_check} entry point, evaluated
 * in-process for each requested dataset (the requested purpose and operations against the
 * dataset's data-use conditions as the catalogue holds them). A check that cannot be evaluated
 * (no active policy, a revision built without the entry point, an engine failure) is recorded
 * as NOT_EVALUATED, never as compatible: it fails closed like a decision.
 */
@Service
public class PurposeChecks {

    /** The reason code of a check that could not be evaluated. */
    public static final String NOT_EVALUATED = "NOT_EVALUATED";

    private static final Logger log = LoggerFactory.getLogger(PurposeChecks.class);

    private final PolicyBundles bundles;
    private final Engines engines;
    private final PolicyInputs inputs;
    private final AccessQueries access;
    private final CommandGateway commands;
    private final Clock clock;

    PurposeChecks(
            PolicyBundles bundles,
            Engines engines,
            PolicyInputs inputs,
            AccessQueries access,
            CommandGateway commands,
            Clock clock) {
        this.bundles = bundles;
        this.engines = engines;
        this.inputs = inputs;
        this.access = access;
        this.commands = commands;
        this.clock = clock;
    }

    /** One check per dataset, in the order given. */
    public List<PurposeCheck> evaluate(ResearchPurpose purpose, List<String> operations, List<String> datasets) {
        Instant now = clock.instant();
        Optional<PolicyBundle> active;
        try {
            active = bundles.active();
        } catch (RuntimeException e) {
            log.warn("purpose check: the active policy cannot be loaded", e);
            active = Optional.empty();
        }
        List<PurposeCheck> checks = new ArrayList<>();
        for (String dataset : datasets) {
            checks.add(active.map(b -> evaluate(b, purpose, operations, dataset, now))
                    .orElseGet(() -> notEvaluated(dataset, null, "no policy revision is active")));
        }
        return checks;
    }

    /** Whether the active policy allows the purpose and operations on the dataset now. */
    public PurposeCheck evaluateOne(ResearchPurpose purpose, List<String> operations, String dataset) {
        return evaluate(purpose, operations, List.of(dataset)).get(0);
    }

    private PurposeCheck evaluate(
            PolicyBundle bundle, ResearchPurpose purpose, List<String> operations, String dataset, Instant now) {
        try {
            String input =
                    inputs.purposeCheck(purpose, operations, dataset, now).toString();
            PolicyResult result = engines.inProcess().evaluatePurpose(bundle, input);
            return new PurposeCheck(
                    dataset,
                    bundle.revision(),
                    result.allow() ? PurposeCheckOutcome.COMPATIBLE : PurposeCheckOutcome.NOT_COMPATIBLE,
                    items(result.reasons()),
                    result.allow() ? items(result.obligations()) : List.of());
        } catch (PolicyEvaluationException | RuntimeException e) {
            log.warn(
                    "purpose check of dataset {} under revision {} failed: {}",
                    dataset,
                    bundle.revision(),
                    e.getMessage());
            return notEvaluated(dataset, bundle.revision(), String.valueOf(e.getMessage()));
        }
    }

    private static PurposeCheck notEvaluated(String dataset, String revision, String why) {
        String message = why.length() > 500 ? why.substring(0, 500) : why;
        return new PurposeCheck(
                dataset,
                revision,
                PurposeCheckOutcome.NOT_EVALUATED,
                List.of(new PolicyItem(NOT_EVALUATED, null, message)),
                List.of());
    }

    private static List<PolicyItem> items(JsonNode array) {
        List<PolicyItem> items = new ArrayList<>();
        for (JsonNode item : array) {
            items.add(new PolicyItem(
                    item.path("code").asText(""),
                    item.hasNonNull("shorthand") ? item.get("shorthand").asText() : null,
                    item.path("message").asText("")));
        }
        return items;
    }

    /** The chair asks again, e.g. after a dataset's conditions changed. */
    public void recheck(String requestId, Caller caller) {
        AccessRequestView request =
                access.summary(requestId).orElseThrow(() -> CommandRejected.notFound("access request", requestId));
        record(request, PurposeCheckTrigger.ON_DEMAND, caller);
    }

    private void record(AccessRequestView request, PurposeCheckTrigger trigger, Caller caller) {
        List<PurposeCheck> checks =
                evaluate(RequestAccess.purposeOf(request), request.getOperations(), request.getDatasets());
        commands.sendAndWait(
                new RecordPurposeChecks(request.getRequestId(), checks, trigger, caller.name(), clock.instant()));
    }

    /**
     * A newly active policy re-checks every open request, each in its own transaction after the
     * activation is committed: one request that cannot be checked (closed meanwhile) does not
     * undo the activation or the other checks. Until it is re-checked, a request is still safe:
     * the permit is checked against the active policy when it is issued.
     */
    @EventListener
    public void on(PolicyActivated activated) {
        int checked = 0;
        int page = 0;
        Page<AccessRequestView> open;
        do {
            open = access.open(PageRequest.of(page++, 200));
            for (AccessRequestView request : open) {
                try {
                    record(request, PurposeCheckTrigger.POLICY_ACTIVATED, activated.caller());
                    checked++;
                } catch (CommandRejected e) {
                    log.info("request {} not re-checked: {}", request.getRequestId(), e.getMessage());
                }
            }
        } while (open.hasNext());
        log.info(
                "policy revision {} activated: re-checked the purpose of {} open requests",
                activated.revision(),
                checked);
    }
}
