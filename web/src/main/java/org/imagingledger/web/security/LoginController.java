package org.imagingledger.web.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page: a button per identity provider and, in the demo only, the password form. */
@Controller
class LoginController {

    /** One identity provider as the login page shows it. */
    record Provider(String id, String name) {}

    private final List<Provider> providers;
    private final boolean passwordLogin;

    LoginController(
            ObjectProvider<ClientRegistrationRepository> registrations,
            @Value("${ledger.password-login:false}") boolean passwordLogin) {
        this.providers = registrations(registrations.getIfAvailable()).stream()
                .map(r -> new Provider(r.getRegistrationId(), r.getClientName()))
                .toList();
        this.passwordLogin = passwordLogin;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("providers", providers);
        model.addAttribute("passwordLogin", passwordLogin);
        return "login";
    }

    static List<ClientRegistration> registrations(ClientRegistrationRepository repository) {
        List<ClientRegistration> found = new ArrayList<>();
        if (repository instanceof Iterable<?> all) {
            for (Object r : all) {
                found.add((ClientRegistration) r);
            }
        }
        return found;
    }
}
