package org.imagingledger.web.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.imagingledger.application.outbox.OutboxStatus;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.application.webhook.WebhookService;
import org.imagingledger.web.config.PageDto;
import org.imagingledger.web.config.PagedList;
import org.imagingledger.web.security.Allowed;
import org.imagingledger.web.security.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhook endpoints (Standard Webhooks) and their deliveries: a node manages its own; a governance
 * admin any, on a node's behalf, and ledger-wide subscribers.
 */
@RestController
@RequestMapping("/api/v1")
class WebhookApiController {

    private final WebhookService service;
    private final ObjectMapper json;

    WebhookApiController(WebhookService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    @GetMapping("/webhook-event-types")
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    List<String> eventTypes() {
        return service.eventTypes();
    }

    @PostMapping("/webhooks")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    WebhookDtos.EndpointWithSecret register(@RequestBody WebhookDtos.EndpointForm form) {
        WebhookService.WithSecret created = service.register(application(form), Callers.current());
        return new WebhookDtos.EndpointWithSecret(WebhookDtos.EndpointDto.of(created.endpoint()), created.secret());
    }

    @GetMapping("/webhooks")
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    PageDto<WebhookDtos.EndpointDto> endpoints(
            @RequestParam(required = false) String node,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageParams params = PageParams.of(page, size);
        // a node has a handful of endpoints: paged like every list, from the one read
        List<WebhookDtos.EndpointDto> all = service.visible(Callers.current(), node).stream()
                .map(WebhookDtos.EndpointDto::of)
                .toList();
        return PageDto.of(PagedList.of(all, params.pageable()));
    }

    @GetMapping("/webhooks/{id}")
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    WebhookDtos.EndpointDto endpoint(@PathVariable String id) {
        return WebhookDtos.EndpointDto.of(service.endpoint(id, Callers.current()));
    }

    @PutMapping("/webhooks/{id}")
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    WebhookDtos.EndpointDto update(@PathVariable String id, @RequestBody WebhookDtos.EndpointForm form) {
        return WebhookDtos.EndpointDto.of(service.update(id, application(form), Callers.current()));
    }

    @DeleteMapping("/webhooks/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    void delete(@PathVariable String id) {
        service.delete(id, Callers.current());
    }

    @PostMapping("/webhooks/{id}/enable")
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    WebhookDtos.EndpointDto enable(@PathVariable String id) {
        return WebhookDtos.EndpointDto.of(service.enable(id, Callers.current()));
    }

    @PostMapping("/webhooks/{id}/disable")
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    WebhookDtos.EndpointDto disable(@PathVariable String id) {
        return WebhookDtos.EndpointDto.of(service.disable(id, Callers.current()));
    }

    /** A new secret; the old one keeps signing beside it for ledger.webhooks.rotation-grace (24 h). */
    @PostMapping("/webhooks/{id}/secret")
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    WebhookDtos.EndpointWithSecret rotate(@PathVariable String id) {
        WebhookService.WithSecret rotated = service.rotateSecret(id, Callers.current());
        return new WebhookDtos.EndpointWithSecret(WebhookDtos.EndpointDto.of(rotated.endpoint()), rotated.secret());
    }

    @PostMapping("/webhooks/{id}/test")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    Map<String, String> test(@PathVariable String id) {
        return Map.of("messageId", service.sendTest(id, Callers.current()));
    }

    @GetMapping("/webhooks/{id}/deliveries")
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    List<WebhookDtos.DeliveryDto> deliveries(
            @PathVariable String id,
            @RequestParam(required = false) List<OutboxStatus> status,
            @RequestParam(defaultValue = "50") int limit) {
        return service.deliveries(id, status, limit, Callers.current()).stream()
                .map(s -> WebhookDtos.DeliveryDto.of(s, json))
                .toList();
    }

    @PostMapping("/webhooks/{id}/deliveries/{messageId}/redeliver")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    void redeliver(@PathVariable String id, @PathVariable String messageId) {
        service.redeliver(id, messageId, Callers.current());
    }

    @PostMapping("/webhooks/{id}/deliveries/redeliver-failed")
    @PreAuthorize(Allowed.NODE_OR_ADMIN)
    Map<String, Integer> redeliverFailed(@PathVariable String id) {
        return Map.of("redelivered", service.redeliverFailed(id, Callers.current()));
    }

    private static WebhookService.EndpointForm application(WebhookDtos.EndpointForm form) {
        return new WebhookService.EndpointForm(
                form.url(), form.eventTypes(), form.description(), form.nodeId(), form.subscriber());
    }
}
