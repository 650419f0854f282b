package org.imagingledger.web.catalogue;

import org.imagingledger.application.shared.PageParams;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.DuoTerms;
import org.imagingledger.projections.Specs;
import org.imagingledger.projections.catalogue.CatalogueQueries;
import org.imagingledger.projections.catalogue.DatasetFilter;
import org.imagingledger.projections.catalogue.DatasetView;
import org.imagingledger.projections.catalogue.NodeView;
import org.imagingledger.web.config.Pager;
import org.imagingledger.web.config.UiErrors;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The catalogue: nodes and datasets, a page of each, the datasets filtered by title, node, DUO term, status. */
@Controller
class CatalogueController {

    private final CatalogueQueries catalogue;

    CatalogueController(CatalogueQueries catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/catalogue")
    String list(
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String node,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer nodePage,
            Model model) {
        String duo = null;
        try {
            duo = CatalogueApiController.duoId(code);
        } catch (CommandRejected e) {
            model.addAttribute("errors", UiErrors.reasons(e));
        }
        Boolean retired = "RETIRED".equals(status) ? Boolean.TRUE : "ACTIVE".equals(status) ? Boolean.FALSE : null;
        Page<DatasetView> datasets = catalogue.datasets(
                new DatasetFilter(Specs.blankToNull(title), Specs.blankToNull(node), duo, retired),
                PageParams.lenient(page, null).pageable());
        Page<NodeView> nodes =
                catalogue.nodes(null, null, PageParams.lenient(nodePage, null).pageable());
        model.addAttribute("nodes", nodes.getContent());
        model.addAttribute("nodePager", Pager.of(nodes, "nodePage"));
        model.addAttribute("datasets", datasets.getContent());
        model.addAttribute("datasetPager", Pager.of(datasets));
        model.addAttribute("title", title == null ? "" : title);
        model.addAttribute("node", node == null ? "" : node);
        model.addAttribute("code", code == null ? "" : code);
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("duoChoices", DuoTerms.all());
        return "catalogue/list";
    }
}
