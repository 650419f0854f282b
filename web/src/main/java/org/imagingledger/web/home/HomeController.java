package org.imagingledger.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the counts that need someone's attention, each linking to its list. */
@Controller
class HomeController {

    private final Dashboards dashboards;

    HomeController(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("dashboard", dashboards.ofCurrentUser());
        return "home";
    }
}
