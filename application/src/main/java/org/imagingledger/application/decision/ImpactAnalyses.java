package org.imagingledger.application.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.imagingledger.application.policy.ImpactAnalysis;
import org.imagingledger.application.policy.ImpactAnalysisRepository;
import org.imagingledger.application.policy.PolicyBundles;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.policies.PolicyBundle;
import org.imagingledger.projections.decision.DecisionFilter;
import org.imagingledger.projections.decision.DecisionQueries;
import org.imagingledger.projections.decision.DecisionView;
import org.imagingledger.projections.policy.PolicyBundleView;
import org.imagingledger.projections.policy.PolicyQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Impact analyses of a candidate policy revision, run in the background: the last N recorded
 * decisions (up to 5,000) evaluated again under the candidate, with progress kept in the
 * database, and a summary of what would change: counts by kind of change (allow to deny, deny to
 * allow, the same result for other reasons, evaluation failures), by dataset and by node, and the
 * changed decisions themselves. Activating a revision needs an analysis of it finished within
 * the last 24 hours ({@link PolicyBundles#activate}).
 */
@Service
public class ImpactAnalyses {

    private static final Logger log = LoggerFactory.getLogger(ImpactAnalyses.class);

    /** An analysis that has not moved for this long died with its instance. */
    static final Duration STALE = Duration.ofMinutes(5);

    /** Changed decisions listed one by one in the summary (the counts cover all of them). */
    static final int LISTED = 500;

    private static final int PROGRESS_EVERY = 25;

    /** What changes for one decision under the candidate. */
    public enum Change {
        ALLOW_TO_DENY,
        DENY_TO_ALLOW,
        OTHER_REASONS,
        FAILED
    }

    /** One changed decision. */
    public record Changed(
            String decisionId,
            String nodeId,
            String datasetId,
            String principal,
            Change change,
            List<String> recordedReasons,
            List<String> candidateReasons,
            String failure) {}

    /** The counts of what would change: by kind, by dataset and by node (each kind's counts). */
    public record Summary(
            int evaluated,
            int changed,
            Map<Change, Integer> byChange,
            Map<String, Map<Change, Integer>> byDataset,
            Map<String, Map<Change, Integer>> byNode,
            List<Changed> decisions) {}

    private final ImpactAnalysisRepository analyses;
    private final Replays replays;
    private final DecisionQueries decisions;
    private final PolicyBundles bundles;
    private final PolicyQueries policies;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ledger-impact-analysis");
        t.setDaemon(true);
        return t;
    });

    ImpactAnalyses(
            ImpactAnalysisRepository analyses,
            Replays replays,
            DecisionQueries decisions,
            PolicyBundles bundles,
            PolicyQueries policies,
            Clock clock,
            PlatformTransactionManager transactions,
            ObjectMapper json) {
        this.analyses = analyses;
        this.replays = replays;
        this.decisions = decisions;
        this.bundles = bundles;
        this.policies = policies;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.json = json;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** Starts an analysis in the background and returns it (running). */
    public ImpactAnalysis start(String revision, int last, Caller caller) {
        ImpactAnalysis analysis = create(revision, last, caller);
        background.submit(() -> run(analysis.getAnalysisId(), revision, last, null));
        return analysis;
    }

    /** A finished analysis with the changed decisions' replays (recorded and candidate results). */
    public record Completed(ImpactAnalysis analysis, Replays.Impact impact) {}

    /**
     * Runs an analysis at once, in the caller's thread (the API's synchronous form), records it
     * like one run in the background, and returns it with every changed decision's replay.
     */
    public Completed runNow(String revision, int last, Caller caller) {
        ImpactAnalysis analysis = create(revision, last, caller);
        List<Replays.Replay> changed = new ArrayList<>();
        int evaluated = run(analysis.getAnalysisId(), revision, last, changed);
        ImpactAnalysis done = get(analysis.getAnalysisId()).orElseThrow();
        if (done.getStatus() == ImpactAnalysis.Status.FAILED) {
            throw new IllegalStateException("the impact analysis failed: " + done.getError());
        }
        return new Completed(done, new Replays.Impact(revision, evaluated, changed));
    }

    private ImpactAnalysis create(String revision, int last, Caller caller) {
        if (last < 1 || last > Replays.MAX_IMPACT) {
            throw CommandRejected.invalid(
                    "last",
                    ErrorCodes.OUT_OF_RANGE,
                    "must be between 1 and " + Replays.MAX_IMPACT,
                    1,
                    Replays.MAX_IMPACT);
        }
        policies.bundle(revision).orElseThrow(() -> CommandRejected.notFound("policy revision", revision));
        String active = policies.active().map(PolicyBundleView::getRevision).orElse(null);
        ImpactAnalysis analysis = new ImpactAnalysis(
                UUID.randomUUID().toString(), revision, active, caller.name(), clock.instant(), last);
        return tx.execute(status -> analyses.save(analysis));
    }

    /** Runs the analysis, keeping its progress and summary; returns how many decisions it evaluated. */
    private int run(String id, String revision, int last, List<Replays.Replay> collect) {
        try {
            PolicyBundle candidate = bundles.load(revision);
            List<DecisionView> recent = decisions.find(DecisionFilter.none(), last);
            update(id, a -> a.started(recent.size(), clock.instant()));
            Map<Change, Integer> byChange = counts();
            Map<String, Map<Change, Integer>> byDataset = new TreeMap<>();
            Map<String, Map<Change, Integer>> byNode = new TreeMap<>();
            List<Changed> listed = new ArrayList<>();
            int changed = 0;
            for (int i = 0; i < recent.size(); i++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException("the ledger is stopping");
                }
                DecisionView view = recent.get(i);
                Replays.Replay replay = replays.under(view.getDecisionId(), candidate, revision);
                if (!replay.identical()) {
                    if (collect != null) {
                        collect.add(replay);
                    }
                    Change change = replay.failure() != null
                            ? Change.FAILED
                            : replay.recordedAllow() && !replay.replayedAllow()
                                    ? Change.ALLOW_TO_DENY
                                    : !replay.recordedAllow() && replay.replayedAllow()
                                            ? Change.DENY_TO_ALLOW
                                            : Change.OTHER_REASONS;
                    changed++;
                    byChange.merge(change, 1, Integer::sum);
                    byDataset
                            .computeIfAbsent(key(view.getDatasetId()), k -> counts())
                            .merge(change, 1, Integer::sum);
                    byNode.computeIfAbsent(key(view.getNodeId()), k -> counts()).merge(change, 1, Integer::sum);
                    if (listed.size() < LISTED) {
                        listed.add(new Changed(
                                view.getDecisionId(),
                                view.getNodeId(),
                                view.getDatasetId(),
                                view.getPrincipal(),
                                change,
                                replay.recordedReasons(),
                                replay.replayedReasons(),
                                replay.failure()));
                    }
                }
                int done = i + 1;
                if (done % PROGRESS_EVERY == 0) {
                    update(id, a -> a.progressed(done, clock.instant()));
                }
            }
            Summary summary = new Summary(recent.size(), changed, byChange, byDataset, byNode, listed);
            int total = changed;
            String text = json.writeValueAsString(summary);
            update(id, a -> a.finished(total, text, clock.instant()));
            return recent.size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            update(id, a -> a.failed("interrupted: " + e.getMessage(), clock.instant()));
        } catch (RuntimeException | JsonProcessingException e) {
            log.warn("impact analysis {} of {} failed", id, revision, e);
            update(id, a -> a.failed(String.valueOf(e.getMessage()), clock.instant()));
        }
        return 0;
    }

    private static String key(String value) {
        return value == null ? "—" : value;
    }

    private static Map<Change, Integer> counts() {
        Map<Change, Integer> counts = new java.util.EnumMap<>(Change.class);
        for (Change c : Change.values()) {
            counts.put(c, 0);
        }
        return counts;
    }

    private void update(String id, java.util.function.Consumer<ImpactAnalysis> change) {
        tx.executeWithoutResult(status -> analyses.findById(id).ifPresent(a -> {
            change.accept(a);
            analyses.save(a);
        }));
    }

    public Optional<ImpactAnalysis> get(String id) {
        return tx.execute(status -> analyses.findById(id));
    }

    /** The last analyses of a revision, newest first. */
    public List<ImpactAnalysis> recent(String revision) {
        return tx.execute(status -> analyses.findTop10ByRevisionOrderByRequestedAtDesc(revision));
    }

    /** The newest analysis of the revision finished within the last 24 hours: what activation needs. */
    public Optional<ImpactAnalysis> fresh(String revision) {
        return tx.execute(status -> analyses.findFirstByRevisionAndStatusAndFinishedAtAfterOrderByFinishedAtDesc(
                revision, ImpactAnalysis.Status.FINISHED.name(), clock.instant().minus(PolicyBundles.FRESH_ANALYSIS)));
    }

    /** A running analysis whose instance died: no progress for minutes. */
    public boolean isStale(ImpactAnalysis analysis) {
        return !analysis.isFinished() && analysis.getUpdatedAt().plus(STALE).isBefore(clock.instant());
    }

    public Optional<Summary> summary(ImpactAnalysis analysis) {
        if (analysis.getSummaryJson() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(analysis.getSummaryJson(), Summary.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an impact analysis summary is not readable", e);
        }
    }
}
