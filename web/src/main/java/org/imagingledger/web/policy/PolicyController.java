package org.imagingledger.web.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.imagingledger.application.decision.Replays;
import org.imagingledger.application.policy.PolicyBundles;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.projections.decision.DecisionFilter;
import org.imagingledger.projections.policy.PolicyBundleView;
import org.imagingledger.projections.policy.PolicyQueries;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Policy versions: the published revisions, the admin's upload and activation forms, and the
 * impact analysis of a revision against the recent decisions (as the API's, but GET: it
 * changes nothing, and a result page that can be linked and reloaded is what people share).
 */
@Controller
class PolicyController {

    static final int DEFAULT_LAST = 200;

    private final PolicyBundles bundles;
    private final PolicyQueries queries;
    private final Replays replays;
    private final MessageSource messages;

    PolicyController(PolicyBundles bundles, PolicyQueries queries, Replays replays, MessageSource messages) {
        this.bundles = bundles;
        this.queries = queries;
        this.replays = replays;
        this.messages = messages;
    }

    @GetMapping("/policies")
    @PreAuthorize(Allowed.OVERSIGHT)
    String initPublishForm(@RequestParam(required = false) Integer page, Model model) {
        Page<PolicyBundleView> bundles =
                queries.bundles(PageParams.lenient(page, null).pageable());
        model.addAttribute("bundles", bundles.getContent());
        model.addAttribute("pager", Pager.of(bundles));
        model.addAttribute("defaultLast", DEFAULT_LAST);
        return "policies/list";
    }

    /** An empty or unreadable upload is refused by PolicyBundles like any other bad bundle. */
    @PostMapping("/policies")
    @PreAuthorize(Allowed.ADMIN)
    String processPublishForm(
            @RequestParam(name = "bundle", required = false) MultipartFile bundle,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        return done(
                redirect,
                UiErrors.attempt(
                        redirect,
                        () -> bundles.publish(bytes(bundle), note.isBlank() ? null : note.trim(), Callers.current())));
    }

    @PostMapping("/policies/{revision}/activate")
    @PreAuthorize(Allowed.ADMIN)
    String processActivateForm(@PathVariable String revision, RedirectAttributes redirect) {
        return done(redirect, UiErrors.attempt(redirect, () -> bundles.activate(revision, Callers.current())));
    }

    /** A bad N is shown on the page; an unknown revision is a 404 like any missing record. */
    @GetMapping("/policies/{revision}/impact")
    @PreAuthorize(Allowed.OVERSIGHT)
    String impact(
            @PathVariable String revision, @RequestParam(defaultValue = "" + DEFAULT_LAST) String last, Model model) {
        model.addAttribute(
                "bundle",
                queries.bundle(revision).orElseThrow(() -> CommandRejected.notFound("policy revision", revision)));
        model.addAttribute("last", last);
        try {
            model.addAttribute(
                    "impact",
                    replays.impact(revision, number(last), DecisionFilter.none())
                            .visibleTo(Callers.current()));
        } catch (CommandRejected e) {
            model.addAttribute("errors", UiErrors.reasons(e));
        }
        return "policies/impact";
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

    private String done(RedirectAttributes redirect, boolean ok) {
        if (ok) {
            redirect.addFlashAttribute(
                    "message", messages.getMessage("form.done", null, LocaleContextHolder.getLocale()));
        }
        return "redirect:/policies";
    }
}
