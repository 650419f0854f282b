package org.imagingledger.application.policy;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.imagingledger.application.shared.Caller;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Map<String, PolicyBundle> loaded = new ConcurrentHashMap<>();
    private volatile PolicyBundle active;

    PolicyBundles(
            StoredBundleRepository store,
            PolicyQueries queries,
            CommandGateway commands,
            Engines engines,
            Clock clock,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.queries = queries;
        this.commands = commands;
        this.engines = engines;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
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
        transaction.executeWithoutResult(status -> {
            if (store.existsById(bundle.revision())) {
                throw CommandRejected.duplicate("revision", bundle.revision());
            }
            store.save(new StoredBundle(bundle.revision(), bundle.sha256(), bundle.bytes()));
            commands.sendAndWait(new PublishPolicyBundle(
                    bundle.revision(), bundle.sha256(), bundle.size(), note, caller.name(), clock.instant()));
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

    public PolicyBundleView activate(String revision, Caller caller) {
        PolicyBundleView view =
                queries.bundle(revision).orElseThrow(() -> CommandRejected.notFound("policy revision", revision));
        PolicyBundle bundle = load(view.getRevision());
        String previous = queries.active().map(PolicyBundleView::getRevision).orElse(null);
        commands.sendAndWait(new ActivatePolicyBundle(revision, previous, caller.name(), clock.instant()));
        active = bundle;
        events.publishEvent(new PolicyActivated(revision, caller));
        return queries.bundle(revision).orElseThrow();
    }

    /** The active bundle; empty only before the first activation. */
    public Optional<PolicyBundle> active() {
        PolicyBundle current = active;
        if (current == null) {
            current = queries.active().map(v -> load(v.getRevision())).orElse(null);
            active = current;
        }
        return Optional.ofNullable(current);
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
