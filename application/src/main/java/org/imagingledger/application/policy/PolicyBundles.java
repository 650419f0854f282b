package org.imagingledger.application.policy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.application.shared.LedgerLocks;
import org.imagingledger.domain.policy.api.ActivatePolicyBundle;
import org.imagingledger.domain.policy.api.PublishPolicyBundle;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.policies.InvalidBundleException;
import org.imagingledger.policies.PolicyBundle;
import org.imagingledger.policies.PolicyEvaluationException;
import org.imagingledger.policies.PolicyResult;
import org.imagingledger.projections.policy.PolicyBundleView;
import org.imagingledger.projections.policy.PolicyQueries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Published policy bundles: publication (bytes stored, revision and SHA-256 recorded),
 * activation, and loading a revision for evaluation, checked against its recorded SHA-256.
 */
@Service
public class PolicyBundles {

    private final StoredBundleRepository store;
    private final PolicyQueries queries;
    private final CommandGateway commands;
    private final Engines engines;
    private final Clock clock;
    private static final String LOCK = "ledger.policies";
    private final LedgerLocks locks;
    private final ApplicationEventPublisher events;
    private final Map<String, PolicyBundle> loaded = new ConcurrentHashMap<>();
    private final Duration activeCheck;
    private final ImpactAnalysisRepository analyses;

    /** How recent an impact analysis must be for its revision to be activated. */
    public static final Duration FRESH_ANALYSIS = Duration.ofHours(24);

    private volatile PolicyBundle active;
    private volatile Instant activeCheckedAt = Instant.MIN;

    PolicyBundles(
            StoredBundleRepository store,
            PolicyQueries queries,
            CommandGateway commands,
            Engines engines,
            Clock clock,
            LedgerLocks locks,
            @Value("${ledger.policy.active-check:PT2S}") Duration activeCheck,
            ApplicationEventPublisher events,
            ImpactAnalysisRepository analyses) {
        this.analyses = analyses;
        this.locks = locks;
        this.activeCheck = activeCheck;
        this.events = events;
        this.store = store;
        this.queries = queries;
        this.commands = commands;
        this.engines = engines;
        this.clock = clock;
    }

    /** Checks an upload, stores it and records its publication; the revision is the manifest's. */
    public PolicyBundleView publish(byte[] bytes, String note, Caller caller) {
        PolicyBundle bundle;
        try {
            bundle = PolicyBundle.read(bytes);
        } catch (InvalidBundleException e) {
            throw CommandRejected.invalid("bundle", ErrorCodes.NOT_A_BUNDLE, e.getMessage(), e.getMessage());
        }
        smokeTest(bundle);
        // one publication or activation at a time across instances (see activate)
        locks.inTransactionHolding(LOCK, () -> {
            if (store.existsById(bundle.revision())) {
                throw CommandRejected.duplicate("revision", bundle.revision());
            }
            store.save(new StoredBundle(bundle.revision(), bundle.sha256(), bundle.bytes()));
            commands.sendAndWait(new PublishPolicyBundle(
                    bundle.revision(), bundle.sha256(), bundle.size(), note, caller.name(), clock.instant()));
            return null;
        });
        loaded.put(bundle.revision(), bundle);
        return queries.bundle(bundle.revision()).orElseThrow();
    }

    /**
     * A bundle that cannot decide the empty question (deny, with reasons) would deny every node
     * once active; refusing it at upload is kinder than failing closed in production.
     */
    private void smokeTest(PolicyBundle bundle) {
        try {
            PolicyResult result = engines.inProcess().evaluate(bundle, "{}");
            if (result.allow()) {
                throw CommandRejected.unprocessable(
                        "bundle", ErrorCodes.BUNDLE_ALLOWS_EMPTY, "allows an empty question: it must deny by default");
            }
        } catch (PolicyEvaluationException e) {
            throw CommandRejected.unprocessable(
                    "bundle",
                    ErrorCodes.BUNDLE_NOT_EVALUABLE,
                    "cannot be evaluated: " + e.getMessage(),
                    e.getMessage());
        } finally {
            engines.inProcess().forget(bundle);
        }
    }

    /**
     * Makes a revision the one that decides. Activations (and publications) take a lock shared by
     * the instances, so that two activations at once on two instances cannot both find the same
     * previous revision and leave two active.
     */
    public PolicyBundleView activate(String revision, Caller caller) {
        PolicyBundleView view =
                queries.bundle(revision).orElseThrow(() -> CommandRejected.notFound("policy revision", revision));
        requireFreshAnalysis(revision);
        PolicyBundle bundle = load(view.getRevision());
        locks.inTransactionHolding(LOCK, () -> {
            String previous =
                    queries.active().map(PolicyBundleView::getRevision).orElse(null);
            commands.sendAndWait(new ActivatePolicyBundle(revision, previous, caller.name(), clock.instant()));
            return null;
        });
        active = bundle;
        activeCheckedAt = clock.instant();
        events.publishEvent(new PolicyActivated(revision, caller));
        return queries.bundle(revision).orElseThrow();
    }

    /**
     * Replacing the active revision needs an impact analysis of the candidate finished within the
     * last 24 hours (someone has seen what it would change). The first activation, before any
     * revision decides, needs none; nor does re-activating the active one (refused anyway).
     */
    private void requireFreshAnalysis(String revision) {
        var current = queries.active();
        if (current.isEmpty() || current.get().getRevision().equals(revision)) {
            return;
        }
        boolean fresh = analyses.findFirstByRevisionAndStatusAndFinishedAtAfterOrderByFinishedAtDesc(
                        revision,
                        ImpactAnalysis.Status.FINISHED.name(),
                        clock.instant().minus(FRESH_ANALYSIS))
                .isPresent();
        if (!fresh) {
            throw CommandRejected.state(
                    ErrorCodes.IMPACT_ANALYSIS_MISSING,
                    "revision " + revision + " has no impact analysis finished within the last "
                            + FRESH_ANALYSIS.toHours() + " hours",
                    revision,
                    FRESH_ANALYSIS.toHours());
        }
    }

    /**
     * The active bundle; empty only before the first activation. Another instance may activate
     * a revision, so which revision is active is read again from the database once it is older
     * than ledger.policy.active-check (2 s): after an activation, another instance may answer
     * with the previous revision for up to that long, and each decision records the revision
     * that made it. The bundles themselves never change once published, so they stay loaded.
     */
    public Optional<PolicyBundle> active() {
        PolicyBundle current = active;
        Instant now = clock.instant();
        if (current == null || activeCheckedAt.plus(activeCheck).isBefore(now)) {
            current = queries.active().map(v -> load(v.getRevision())).orElse(null);
            active = current;
            activeCheckedAt = now;
        }
        return Optional.ofNullable(current);
    }

    /**
     * Why the live engine cannot decide now, if it cannot: no active revision, or the engine (the
     * OPA server, or the in-process pool) fails to evaluate it. Empty when it can. For readiness.
     */
    public Optional<String> readinessProblem() {
        try {
            Optional<PolicyBundle> current = active();
            if (current.isEmpty()) {
                return Optional.of("no policy revision is active");
            }
            engines.live().evaluate(current.get(), "{}");
            return Optional.empty();
        } catch (PolicyEvaluationException | RuntimeException e) {
            return Optional.of(engines.live().name() + ": " + e.getMessage());
        }
    }

    /** A published revision, read from the store and checked against its recorded SHA-256. */
    public PolicyBundle load(String revision) {
        return loaded.computeIfAbsent(revision, r -> {
            PolicyBundleView view = queries.bundle(r).orElseThrow(() -> CommandRejected.notFound("policy revision", r));
            StoredBundle stored = store.findById(r)
                    .orElseThrow(() -> new IllegalStateException("the bytes of revision " + r + " are missing"));
            try {
                PolicyBundle bundle = PolicyBundle.read(stored.getContent());
                if (!bundle.sha256().equals(view.getSha256())) {
                    throw new IllegalStateException(
                            "the stored bytes of revision " + r + " do not match the SHA-256 recorded at publication");
                }
                return bundle;
            } catch (InvalidBundleException e) {
                throw new IllegalStateException("the stored bundle " + r + " is unusable: " + e.getMessage(), e);
            }
        });
    }

    public byte[] bytes(String revision) {
        return load(revision).bytes();
    }
}
