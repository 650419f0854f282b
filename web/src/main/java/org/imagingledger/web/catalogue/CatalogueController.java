package org.imagingledger.web.catalogue;

import org.imagingledger.projections.catalogue.CatalogueQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class CatalogueController {

    private final CatalogueQueries catalogue;

    CatalogueController(CatalogueQueries catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/catalogue")
    String list(Model model) {
        model.addAttribute("nodes", catalogue.nodes());
        model.addAttribute("datasets", catalogue.datasets());
        return "catalogue/list";
    }
}
