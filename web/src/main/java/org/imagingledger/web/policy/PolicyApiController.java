package org.imagingledger.web.policy;

import java.io.IOException;
import org.imagingledger.application.decision.ImpactAnalyses;
import org.imagingledger.application.decision.Replays;
import org.imagingledger.application.policy.PolicyBundles;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.projections.policy.PolicyBundleView;
import org.imagingledger.projections.policy.PolicyQueries;
import org.imagingledger.web.config.PageDto;
import org.imagingledger.web.security.Allowed;
import org.imagingledger.web.security.Callers;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;

/**
 * Policy versions. A governance admin publishes an OPA bundle ({@code opa build -t wasm -e
 * imagingledger/access/decision}) and activates it. Bundles can be downloaded without logging
 * in — policies are public, and an OPA server polls the active one (with ETag) from here.
 */
@RestController
@RequestMapping("/api/v1/policy-bundles")
class PolicyApiController {

    private static final MediaType GZIP = MediaType.parseMediaType("application/gzip");

    private final PolicyBundles bundles;
    private final PolicyQueries queries;
    private final ImpactAnalyses analyses;

    PolicyApiController(PolicyBundles bundles, PolicyQueries queries, ImpactAnalyses analyses) {
        this.bundles = bundles;
        this.queries = queries;
        this.analyses = analyses;
    }

    @GetMapping
    @PreAuthorize(Allowed.NODE_OR_OVERSIGHT)
    PageDto<PolicyBundleView> list(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PageDto.of(queries.bundles(PageParams.of(page, size).pageable()));
    }

    @GetMapping("/{revision}")
    @PreAuthorize(Allowed.NODE_OR_OVERSIGHT)
    PolicyBundleView bundle(@PathVariable String revision) {
        return find(revision);
    }

    @PostMapping(consumes = {"application/gzip", "application/x-gzip", "application/octet-stream"})
    @PreAuthorize(Allowed.ADMIN)
    ResponseEntity<PolicyBundleView> publish(@RequestBody byte[] bundle, @RequestParam(required = false) String note) {
        return ResponseEntity.status(201).body(bundles.publish(bundle, note, Callers.current()));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Allowed.ADMIN)
    ResponseEntity<PolicyBundleView> publishForm(
            @RequestParam("bundle") MultipartFile bundle, @RequestParam(required = false) String note)
            throws IOException {
        return publish(bundle.getBytes(), note);
    }

    @PostMapping("/{revision}/activate")
    @PreAuthorize(Allowed.ADMIN)
    PolicyBundleView activate(@PathVariable String revision) {
        return bundles.activate(revision, Callers.current());
    }

    /**
     * Which of the last N recorded decisions the candidate revision would decide differently,
     * answered at once; the analysis is recorded (what activation needs) and its id returned.
     */
    @PostMapping("/{revision}/impact")
    @PreAuthorize(Allowed.OVERSIGHT)
    ImpactAnswer impact(@PathVariable String revision, @RequestParam(defaultValue = "500") int last) {
        find(revision);
        ImpactAnalyses.Completed done = analyses.runNow(revision, last, Callers.current());
        Replays.Impact impact = done.impact().visibleTo(Callers.current());
        return new ImpactAnswer(
                impact.candidate(),
                impact.evaluated(),
                impact.changed(),
                done.analysis().getAnalysisId(),
                analyses.summary(done.analysis()).orElse(null));
    }

    /** The synchronous analysis: the candidate, how many decisions, the changed ones, and the recorded analysis. */
    record ImpactAnswer(
            String candidate,
            int evaluated,
            java.util.List<Replays.Replay> changed,
            String analysisId,
            ImpactAnalyses.Summary summary) {}

    /** Starts an analysis in the background (up to 5,000 decisions): 202 with its id; follow it with GET. */
    @PostMapping("/{revision}/impact-analyses")
    @PreAuthorize(Allowed.OVERSIGHT)
    ResponseEntity<AnalysisDto> startAnalysis(
            @PathVariable String revision, @RequestParam(defaultValue = "500") int last) {
        find(revision);
        return ResponseEntity.status(202)
                .body(AnalysisDto.of(analyses.start(revision, last, Callers.current()), analyses));
    }

    @GetMapping("/impact-analyses/{id}")
    @PreAuthorize(Allowed.OVERSIGHT)
    AnalysisDto analysis(@PathVariable String id) {
        return AnalysisDto.of(
                analyses.get(id).orElseThrow(() -> CommandRejected.notFound("impact analysis", id)), analyses);
    }

    /** An impact analysis: its progress while it runs; its summary once finished. */
    record AnalysisDto(
            String id,
            String revision,
            String activeRevision,
            String status,
            int last,
            int total,
            int done,
            java.time.Instant requestedAt,
            String requestedBy,
            java.time.Instant finishedAt,
            String error,
            ImpactAnalyses.Summary summary) {
        static AnalysisDto of(org.imagingledger.application.policy.ImpactAnalysis a, ImpactAnalyses analyses) {
            String status = analyses.isStale(a) ? "FAILED" : a.getStatus().name();
            return new AnalysisDto(
                    a.getAnalysisId(),
                    a.getRevision(),
                    a.getActiveRevision(),
                    status,
                    a.getLastN(),
                    a.getTotal(),
                    a.getDone(),
                    a.getRequestedAt(),
                    a.getRequestedBy(),
                    a.getFinishedAt(),
                    analyses.isStale(a) ? "interrupted: the instance running it stopped" : a.getError(),
                    analyses.summary(a).orElse(null));
        }
    }

    @GetMapping("/{revision}/bundle.tar.gz")
    ResponseEntity<byte[]> download(@PathVariable String revision, WebRequest request) {
        PolicyBundleView bundle = "active".equals(revision)
                ? queries.active().orElseThrow(() -> CommandRejected.notFound("policy revision", "active"))
                : find(revision);
        String resolved = bundle.getRevision();
        String etag = "\"" + bundle.getSha256() + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(GZIP)
                .eTag(etag)
                .cacheControl(CacheControl.noCache())
                .header("X-Policy-Revision", resolved)
                .body(bundles.bytes(resolved));
    }

    private PolicyBundleView find(String revision) {
        return queries.bundle(revision).orElseThrow(() -> CommandRejected.notFound("policy revision", revision));
    }
}
