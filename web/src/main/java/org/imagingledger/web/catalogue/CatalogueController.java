package org.imagingledger.web.catalogue;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.DuoTerms;
import org.imagingledger.domain.shared.Modality;
import org.imagingledger.domain.shared.MondoTerms;
import org.imagingledger.projections.Specs;
import org.imagingledger.projections.catalogue.CatalogueQueries;
import org.imagingledger.projections.catalogue.DatasetFilter;
import org.imagingledger.projections.catalogue.DatasetView;
import org.imagingledger.projections.catalogue.NodeView;
import org.imagingledger.web.config.Csv;
import org.imagingledger.web.config.Labels;
import org.imagingledger.web.config.Pager;
import org.imagingledger.web.config.UiErrors;
import org.imagingledger.web.security.Callers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The catalogue: nodes and datasets, a page of each; the datasets searched by title or id and
 * filtered by node, DUO condition, modality, cancer type and status, with their conditions in
 * words. A researcher ticks datasets and starts a request with them; a node operator registers
 * and updates their node's datasets from here.
 */
@Controller
class CatalogueController {

    private final CatalogueQueries catalogue;
    private final MessageSource messages;
    private final Labels labels;

    CatalogueController(CatalogueQueries catalogue, MessageSource messages, Labels labels) {
        this.catalogue = catalogue;
        this.messages = messages;
        this.labels = labels;
    }

    @GetMapping("/catalogue")
    String list(
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String node,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String modality,
            @RequestParam(required = false) String cancerType,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer nodePage,
            Model model) {
        DatasetFilter filter;
        try {
            filter = filter(title, node, code, status, modality, cancerType);
        } catch (CommandRejected e) {
            model.addAttribute("errors", UiErrors.reasons(e));
            filter = DatasetFilter.none();
        }
        Page<DatasetView> datasets =
                catalogue.datasets(filter, PageParams.lenient(page, null).pageable());
        Page<NodeView> nodes =
                catalogue.nodes(null, null, PageParams.lenient(nodePage, null).pageable());
        model.addAttribute("nodes", nodes.getContent());
        model.addAttribute("nodePager", Pager.of(nodes, "nodePage"));
        model.addAttribute("datasets", datasets.getContent());
        model.addAttribute("datasetPager", Pager.of(datasets));
        model.addAttribute("nodeNames", nodeNames());
        model.addAttribute("title", title == null ? "" : title);
        model.addAttribute("node", node == null ? "" : node);
        model.addAttribute("code", code == null ? "" : code);
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("modality", modality == null ? "" : modality);
        model.addAttribute("cancerType", cancerType == null ? "" : cancerType);
        model.addAttribute(
                "duoChoices",
                DuoTerms.all().stream().filter(t -> !t.isBranchRoot()).toList());
        model.addAttribute("modalityChoices", List.of(Modality.values()));
        model.addAttribute("mondoChoices", MondoTerms.all());
        Caller caller = Callers.current();
        model.addAttribute("operatedNode", caller.isNode() ? caller.nodeId() : null);
        return "catalogue/list";
    }

    @GetMapping("/catalogue.csv")
    void csv(
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String node,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String modality,
            @RequestParam(required = false) String cancerType,
            HttpServletResponse response)
            throws IOException {
        DatasetFilter filter = filter(title, node, code, status, modality, cancerType);
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> names = nodeNames();
        Csv.write(
                response,
                "catalogue.csv",
                List.of(
                        text("csv.dataset", locale),
                        text("catalogue.dataset.title", locale),
                        text("catalogue.dataset.node", locale),
                        text("catalogue.dataset.cancerType", locale),
                        text("catalogue.dataset.modalities", locale),
                        text("ui.dataset.subjects", locale),
                        text("ui.dataset.cases", locale),
                        text("catalogue.dataset.conditions", locale),
                        text("csv.codes", locale),
                        text("ui.dataset.disease", locale),
                        text("ui.dataset.nodeApproval", locale),
                        text("catalogue.dataset.status", locale)),
                params -> catalogue.datasets(filter, params.pageable()),
                d -> List.of(
                        d.getDatasetId(),
                        d.getTitle(),
                        names.getOrDefault(d.getNodeId(), d.getNodeId()),
                        labels.mondo(d.getCancerType()),
                        d.getModalities(),
                        d.getSubjects(),
                        d.getCases(),
                        labels.duoWords(d.getDuoCodes()),
                        d.getDuoCodes(),
                        d.getDisease() == null ? "" : labels.mondo(d.getDisease()),
                        d.isNodeApprovalRequired(),
                        d.isRetired() ? text("catalogue.retired", locale) : text("catalogue.active", locale)));
    }

    private static DatasetFilter filter(
            String title, String node, String code, String status, String modality, String cancerType) {
        String duo = CatalogueApiController.duoId(code);
        Boolean retired = "RETIRED".equals(status) ? Boolean.TRUE : "ACTIVE".equals(status) ? Boolean.FALSE : null;
        return new DatasetFilter(
                Specs.blankToNull(title),
                Specs.blankToNull(node),
                duo,
                retired,
                Specs.blankToNull(modality),
                Specs.blankToNull(cancerType));
    }

    private Map<String, String> nodeNames() {
        return catalogue.nodes().stream()
                .collect(Collectors.toMap(NodeView::getNodeId, NodeView::getName, (a, b) -> a));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
