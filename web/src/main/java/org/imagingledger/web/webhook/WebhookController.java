package org.imagingledger.web.webhook;

import java.util.List;
import java.util.Set;
import org.imagingledger.application.outbox.Outbox;
import org.imagingledger.application.outbox.OutboxStatus;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.application.webhook.WebhookEndpoint;
import org.imagingledger.application.webhook.WebhookService;
import org.imagingledger.projections.catalogue.CatalogueQueries;
import org.imagingledger.web.config.UiErrors;
import org.imagingledger.web.security.Allowed;
import org.imagingledger.web.security.Callers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The webhook pages: every endpoint with the registration form, and one endpoint with its recent
 * deliveries and their attempts. A node operator manages their own node's endpoints; a governance admin
 * any node's, and the ledger-wide subscribers.
 */
@Controller
class WebhookController {

    private static final Set<String> CONFIRMED = Set.of("yes");

    private final WebhookService service;
    private final CatalogueQueries catalogue;
    private final MessageSource messages;

    WebhookController(WebhookService service, CatalogueQueries catalogue, MessageSource messages) {
        this.service = service;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping("/webhooks")
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    String initRegisterForm(@RequestParam(required = false) String node, Model model) {
        model.addAttribute("endpoints", service.visible(Callers.current(), node));
        model.addAttribute("nodes", catalogue.nodes());
        model.addAttribute("eventTypes", service.eventTypes());
        model.addAttribute("node", node);
        return "webhooks/list";
    }

    @GetMapping("/webhooks.csv")
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    void csv(@RequestParam(required = false) String node, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        List<WebhookEndpoint> endpoints = service.visible(Callers.current(), node);
        java.util.Locale locale = LocaleContextHolder.getLocale();
        org.imagingledger.web.config.Csv.write(
                response,
                "webhook-endpoints.csv",
                List.of(
                        "id",
                        messages.getMessage("webhooks.subscriber", null, locale),
                        messages.getMessage("catalogue.dataset.node", null, locale),
                        messages.getMessage("webhooks.url", null, locale),
                        messages.getMessage("webhooks.types", null, locale),
                        messages.getMessage("webhooks.description", null, locale),
                        messages.getMessage("webhooks.state", null, locale),
                        messages.getMessage("csv.createdAt", null, locale)),
                params -> new org.springframework.data.domain.PageImpl<>(
                        params.page() == 0 ? endpoints : List.of(), params.pageable(), endpoints.size()),
                e -> List.of(
                        e.getId(),
                        e.getSubscriber(),
                        e.getNodeId() == null ? "" : e.getNodeId(),
                        e.getUrl(),
                        e.getEventTypes(),
                        e.getDescription() == null ? "" : e.getDescription(),
                        e.isEnabled()
                                ? messages.getMessage("webhooks.enabled", null, locale)
                                : messages.getMessage("webhooks.disabled", null, locale),
                        String.valueOf(e.getCreatedAt())));
    }

    @PostMapping("/webhooks")
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    String processRegisterForm(
            @RequestParam(defaultValue = "") String url,
            @RequestParam(name = "eventTypes", required = false) List<String> eventTypes,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "") String nodeId,
            @RequestParam(defaultValue = "") String subscriber,
            RedirectAttributes redirect) {
        WebhookService.WithSecret[] created = new WebhookService.WithSecret[1];
        boolean ok = UiErrors.attempt(
                redirect,
                () -> created[0] = service.register(
                        new WebhookService.EndpointForm(
                                url,
                                eventTypes == null ? List.of() : eventTypes,
                                description,
                                nodeId.isBlank() ? null : nodeId,
                                subscriber),
                        Callers.current()));
        if (!ok) {
            return "redirect:/webhooks";
        }
        redirect.addFlashAttribute("secret", created[0].secret());
        return "redirect:/webhooks/" + created[0].endpoint().getId();
    }

    @GetMapping("/webhooks/{id}")
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    String show(@PathVariable String id, @RequestParam(required = false) OutboxStatus status, Model model) {
        Caller caller = Callers.current();
        WebhookEndpoint endpoint = service.endpoint(id, caller);
        List<Outbox.Sent> deliveries = service.deliveries(id, status == null ? List.of() : List.of(status), 50, caller);
        model.addAttribute("endpoint", endpoint);
        model.addAttribute(
                "deliveries", deliveries.stream().map(DeliveryRow::of).toList());
        model.addAttribute("eventTypes", service.eventTypes());
        model.addAttribute("statuses", OutboxStatus.values());
        model.addAttribute("status", status);
        return "webhooks/show";
    }

    @PostMapping("/webhooks/{id}/test")
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    String processTestForm(@PathVariable String id, RedirectAttributes redirect) {
        return done(id, redirect, UiErrors.attempt(redirect, () -> service.sendTest(id, Callers.current())));
    }

    @PostMapping("/webhooks/{id}/enable")
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    String processEnableForm(@PathVariable String id, RedirectAttributes redirect) {
        return done(id, redirect, UiErrors.attempt(redirect, () -> service.enable(id, Callers.current())));
    }

    @PostMapping("/webhooks/{id}/disable")
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    String processDisableForm(@PathVariable String id, RedirectAttributes redirect) {
        return done(id, redirect, UiErrors.attempt(redirect, () -> service.disable(id, Callers.current())));
    }

    @PostMapping("/webhooks/{id}/edit")
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    String processEditForm(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String url,
            @RequestParam(name = "eventTypes", required = false) List<String> eventTypes,
            @RequestParam(defaultValue = "") String description,
            RedirectAttributes redirect) {
        return done(
                id,
                redirect,
                UiErrors.attempt(
                        redirect,
                        () -> service.update(
                                id,
                                new WebhookService.EndpointForm(
                                        url, eventTypes == null ? List.of() : eventTypes, description, null, null),
                                Callers.current())));
    }

    /** Cannot be undone (the old secret stops signing after the grace period): asks for confirmation. */
    @PostMapping("/webhooks/{id}/secret")
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    String processRotateForm(
            @PathVariable String id, @RequestParam(defaultValue = "") String confirm, RedirectAttributes redirect) {
        if (!CONFIRMED.contains(confirm)) {
            redirect.addFlashAttribute("errors", List.of(text("webhooks.confirm.missing")));
            return "redirect:/webhooks/" + id;
        }
        WebhookService.WithSecret[] rotated = new WebhookService.WithSecret[1];
        if (UiErrors.attempt(redirect, () -> rotated[0] = service.rotateSecret(id, Callers.current()))) {
            redirect.addFlashAttribute("secret", rotated[0].secret());
        }
        return "redirect:/webhooks/" + id;
    }

    /** Cannot be undone: asks for confirmation. */
    @PostMapping("/webhooks/{id}/delete")
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    String processDeleteForm(
            @PathVariable String id, @RequestParam(defaultValue = "") String confirm, RedirectAttributes redirect) {
        if (!CONFIRMED.contains(confirm)) {
            redirect.addFlashAttribute("errors", List.of(text("webhooks.confirm.missing")));
            return "redirect:/webhooks/" + id;
        }
        if (UiErrors.attempt(redirect, () -> service.delete(id, Callers.current()))) {
            redirect.addFlashAttribute("message", text("webhooks.deleted"));
            return "redirect:/webhooks";
        }
        return "redirect:/webhooks/" + id;
    }

    @PostMapping("/webhooks/{id}/deliveries/{messageId}/redeliver")
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    String processRedeliverForm(@PathVariable String id, @PathVariable String messageId, RedirectAttributes redirect) {
        return done(
                id, redirect, UiErrors.attempt(redirect, () -> service.redeliver(id, messageId, Callers.current())));
    }

    @PostMapping("/webhooks/{id}/deliveries/redeliver-failed")
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    String processRedeliverFailedForm(@PathVariable String id, RedirectAttributes redirect) {
        return done(id, redirect, UiErrors.attempt(redirect, () -> service.redeliverFailed(id, Callers.current())));
    }

    private String done(String id, RedirectAttributes redirect, boolean ok) {
        if (ok) {
            redirect.addFlashAttribute("message", text("form.done"));
        }
        return "redirect:/webhooks/" + id;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
