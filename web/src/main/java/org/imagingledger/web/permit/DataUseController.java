package org.imagingledger.web.permit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.imagingledger.application.permit.PermitService;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.application.shared.LedgerTime;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.projections.Specs;
import org.imagingledger.projections.permit.DataUseFilter;
import org.imagingledger.projections.permit.DataUseView;
import org.imagingledger.web.config.Csv;
import org.imagingledger.web.config.FilterDates;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The data-use log in the pages: a node operator sees the uses reported for their node's
 * datasets and which were flagged (and why); the DAC, auditors and admins see every use.
 */
@Controller
class DataUseController {

    private final PermitService service;
    private final LedgerTime time;
    private final MessageSource messages;

    DataUseController(PermitService service, LedgerTime time, MessageSource messages) {
        this.service = service;
        this.time = time;
        this.messages = messages;
    }

    @GetMapping("/data-uses")
    @PreAuthorize(Allowed.NODE_OR_OVERSIGHT)
    String list(
            @RequestParam(defaultValue = "false") boolean flagged,
            @RequestParam(required = false) String permit,
            @RequestParam(required = false) String dataset,
            @RequestParam(required = false) String node,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page,
            Model model) {
        Caller caller = Callers.current();
        DataUseFilter filter;
        try {
            filter = filter(flagged, permit, dataset, node, from, to);
        } catch (CommandRejected e) {
            model.addAttribute("errors", UiErrors.reasons(e));
            filter = new DataUseFilter(null, null, null, flagged, null, null);
        }
        Page<DataUseView> uses = service.dataUses(filter, PageParams.lenient(page, null), caller);
        model.addAttribute("uses", uses.getContent());
        model.addAttribute("pager", Pager.of(uses));
        model.addAttribute("flagged", flagged);
        model.addAttribute("permit", permit == null ? "" : permit);
        model.addAttribute("dataset", dataset == null ? "" : dataset);
        model.addAttribute("node", node == null ? "" : node);
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        model.addAttribute("operatedNode", caller.isNode() ? caller.nodeId() : null);
        return "uses/list";
    }

    @GetMapping("/data-uses.csv")
    @PreAuthorize(Allowed.NODE_OR_OVERSIGHT)
    void csv(
            @RequestParam(defaultValue = "false") boolean flagged,
            @RequestParam(required = false) String permit,
            @RequestParam(required = false) String dataset,
            @RequestParam(required = false) String node,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            HttpServletResponse response)
            throws IOException {
        Caller caller = Callers.current();
        DataUseFilter filter = filter(flagged, permit, dataset, node, from, to);
        Locale locale = LocaleContextHolder.getLocale();
        Csv.write(
                response,
                "data-uses.csv",
                List.of(
                        text("csv.use", locale),
                        text("permits.use.node", locale),
                        text("permits.use.dataset", locale),
                        text("access.field.permit", locale),
                        text("permits.use.tool", locale),
                        text("permits.use.operation", locale),
                        text("permits.use.subjects", locale),
                        text("csv.startedAt", locale),
                        text("csv.endedAt", locale),
                        text("csv.reportedAt", locale),
                        text("csv.flagged", locale),
                        text("csv.flags", locale)),
                params -> service.dataUses(filter, params, caller),
                u -> List.of(
                        u.getUseId(),
                        u.getNodeId(),
                        u.getDatasetId(),
                        u.getPermitId(),
                        u.getTool() + " " + u.getToolVersion(),
                        u.getOperation(),
                        u.getSubjects(),
                        String.valueOf(u.getStartedAt()),
                        String.valueOf(u.getEndedAt()),
                        String.valueOf(u.getReportedAt()),
                        u.isFlagged(),
                        u.getReasons()));
    }

    private DataUseFilter filter(boolean flagged, String permit, String dataset, String node, String from, String to) {
        return new DataUseFilter(
                Specs.blankToNull(permit),
                Specs.blankToNull(node),
                Specs.blankToNull(dataset),
                flagged,
                FilterDates.parse("from", from, false, time.zone()),
                FilterDates.parse("to", to, true, time.zone()));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
