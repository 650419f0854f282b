package org.imagingledger.web.policy;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imagingledger.application.decision.ImpactAnalyses;
import org.imagingledger.application.decision.Replays;
import org.imagingledger.application.policy.ImpactAnalysis;
import org.imagingledger.application.policy.PolicyBundles;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.projections.policy.PolicyBundleView;
import org.imagingledger.projections.policy.PolicyQueries;
import org.imagingledger.web.config.Csv;
import org.imagingledger.web.config.Pager;
import org.imagingledger.web.config.UiErrors;
import org.imagingledger.web.security.Allowed;
import org.imagingledger.web.security.Callers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Policy versions: the published revisions, the admin's upload form, impact analyses of a
 * revision (run in the background, with their progress and summary), and activation, which asks
 * for confirmation on a page showing the revision's impact analysis of the last 24 hours (and is
 * refused without one).
 */
@Controller
class PolicyController {

    static final int DEFAULT_LAST = 500;

    private final PolicyBundles bundles;
    private final PolicyQueries queries;
    private final ImpactAnalyses analyses;
    private final MessageSource messages;

    PolicyController(PolicyBundles bundles, PolicyQueries queries, ImpactAnalyses analyses, MessageSource messages) {
        this.bundles = bundles;
        this.queries = queries;
        this.analyses = analyses;
        this.messages = messages;
    }

    @GetMapping("/policies")
    @PreAuthorize(Allowed.OVERSIGHT)
    String initPublishForm(@RequestParam(required = false) Integer page, Model model) {
        Page<PolicyBundleView> found =
                queries.bundles(PageParams.lenient(page, null).pageable());
        model.addAttribute("bundles", found.getContent());
        model.addAttribute("pager", Pager.of(found));
        model.addAttribute("defaultLast", DEFAULT_LAST);
        return "policies/list";
    }

    @GetMapping("/policies.csv")
    @PreAuthorize(Allowed.OVERSIGHT)
    void csv(HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        Csv.write(
                response,
                "policies.csv",
                List.of(
                        text("policies.revision", locale),
                        text("policies.sha256", locale),
                        text("policies.size", locale),
                        text("policies.published", locale),
                        text("csv.publishedBy", locale),
                        text("policies.note", locale),
                        text("policies.active", locale)),
                params -> queries.bundles(params.pageable()),
                b -> List.of(
                        b.getRevision(),
                        b.getSha256(),
                        b.getSizeBytes(),
                        String.valueOf(b.getPublishedAt()),
                        b.getPublishedBy(),
                        b.getNote() == null ? "" : b.getNote(),
                        b.isActive()));
    }

    /** An empty or unreadable upload is refused by PolicyBundles like any other bad bundle. */
    @PostMapping("/policies")
    @PreAuthorize(Allowed.ADMIN)
    String processPublishForm(
            @RequestParam(name = "bundle", required = false) MultipartFile bundle,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        if (UiErrors.attempt(
                redirect,
                () -> bundles.publish(bytes(bundle), note.isBlank() ? null : note.trim(), Callers.current()))) {
            done(redirect);
        }
        return "redirect:/policies";
    }

    /** A revision's impact analyses (newest first) and the form to start one. */
    @GetMapping("/policies/{revision}/impact")
    @PreAuthorize(Allowed.OVERSIGHT)
    String impact(@PathVariable String revision, Model model) {
        model.addAttribute("bundle", bundle(revision));
        model.addAttribute("analyses", analyses.recent(revision));
        model.addAttribute("defaultLast", DEFAULT_LAST);
        model.addAttribute("max", Replays.MAX_IMPACT);
        return "policies/impact";
    }

    @PostMapping("/policies/{revision}/impact")
    @PreAuthorize(Allowed.OVERSIGHT)
    String processImpactForm(
            @PathVariable String revision, @RequestParam(defaultValue = "") String last, RedirectAttributes redirect) {
        bundle(revision);
        ImpactAnalysis[] started = new ImpactAnalysis[1];
        if (!UiErrors.attempt(redirect, () -> started[0] = analyses.start(revision, number(last), Callers.current()))) {
            return "redirect:/policies/" + revision + "/impact";
        }
        return "redirect:/policies/impact-analyses/" + started[0].getAnalysisId();
    }

    /** One analysis: its progress while it runs (the page follows it), its summary once finished. */
    @GetMapping("/policies/impact-analyses/{id}")
    @PreAuthorize(Allowed.OVERSIGHT)
    String analysis(@PathVariable String id, Model model) {
        ImpactAnalysis analysis = analysis(id);
        model.addAttribute("analysis", analysis);
        model.addAttribute("stale", analyses.isStale(analysis));
        model.addAttribute("summary", analyses.summary(analysis).orElse(null));
        model.addAttribute("bundle", bundle(analysis.getRevision()));
        model.addAttribute("fresh", analyses.fresh(analysis.getRevision()).isPresent());
        return "policies/analysis";
    }

    /** The progress of an analysis, for the page's script that follows it (JSON, never shown). */
    @GetMapping(value = "/policies/impact-analyses/{id}/progress", produces = "application/json")
    @PreAuthorize(Allowed.OVERSIGHT)
    @ResponseBody
    Map<String, Object> progress(@PathVariable String id) {
        ImpactAnalysis analysis = analysis(id);
        return Map.of(
                "done", analysis.getDone(),
                "total", analysis.getTotal(),
                "finished", analysis.isFinished() || analyses.isStale(analysis));
    }

    /** What activation does, with the revision's impact analysis of the last 24 hours, before it is done. */
    @GetMapping("/policies/{revision}/activate")
    @PreAuthorize(Allowed.ADMIN)
    String initActivateForm(@PathVariable String revision, Model model) {
        PolicyBundleView bundle = bundle(revision);
        model.addAttribute("bundle", bundle);
        model.addAttribute(
                "activeRevision",
                queries.active().map(PolicyBundleView::getRevision).orElse(null));
        var fresh = analyses.fresh(revision);
        model.addAttribute("analysis", fresh.orElse(null));
        model.addAttribute("summary", fresh.flatMap(analyses::summary).orElse(null));
        model.addAttribute("needsAnalysis", fresh.isEmpty() && queries.active().isPresent());
        model.addAttribute("defaultLast", DEFAULT_LAST);
        return "policies/activate";
    }

    @PostMapping("/policies/{revision}/activate")
    @PreAuthorize(Allowed.ADMIN)
    String processActivateForm(
            @PathVariable String revision,
            @RequestParam(defaultValue = "false") boolean confirm,
            RedirectAttributes redirect) {
        if (!confirm) {
            UiErrors.refuseField(redirect, "confirm", ErrorCodes.CONFIRMATION_REQUIRED);
            return "redirect:/policies/" + revision + "/activate";
        }
        if (!UiErrors.attempt(redirect, () -> bundles.activate(revision, Callers.current()))) {
            return "redirect:/policies/" + revision + "/activate";
        }
        done(redirect);
        return "redirect:/policies";
    }

    private ImpactAnalysis analysis(String id) {
        return analyses.get(id).orElseThrow(() -> CommandRejected.notFound("impact analysis", id));
    }

    private PolicyBundleView bundle(String revision) {
        return queries.bundle(revision).orElseThrow(() -> CommandRejected.notFound("policy revision", revision));
    }

    private static int number(String last) {
        try {
            return Integer.parseInt(last.trim());
        } catch (NumberFormatException e) {
            throw CommandRejected.invalid(
                    "last",
                    ErrorCodes.OUT_OF_RANGE,
                    "must be between 1 and " + Replays.MAX_IMPACT,
                    1,
                    Replays.MAX_IMPACT);
        }
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? new byte[0] : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private void done(RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", messages.getMessage("form.done", null, LocaleContextHolder.getLocale()));
    }
}
