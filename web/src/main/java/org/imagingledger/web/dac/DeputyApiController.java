package org.imagingledger.web.dac;

import java.time.Instant;
import org.imagingledger.application.dac.Deputies;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.projections.dac.DeputyView;
import org.imagingledger.web.config.PageDto;
import org.imagingledger.web.security.Allowed;
import org.imagingledger.web.security.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Deputy chairs: a governance admin grants and revokes the role; the oversight roles see who holds it. */
@RestController
@RequestMapping("/api/v1/deputies")
class DeputyApiController {

    private final Deputies deputies;

    DeputyApiController(Deputies deputies) {
        this.deputies = deputies;
    }

    record DeputyDto(String person, String grantedBy, Instant grantedAt) {
        static DeputyDto of(DeputyView v) {
            return new DeputyDto(v.getPerson(), v.getGrantedBy(), v.getGrantedAt());
        }
    }

    record GrantBody(String person) {}

    record ReasonBody(String reason) {}

    @GetMapping
    @PreAuthorize(Allowed.OVERSIGHT)
    PageDto<DeputyDto> list(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PageDto.of(deputies.list(PageParams.of(page, size)), DeputyDto::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Allowed.ADMIN)
    PageDto<DeputyDto> grant(@RequestBody GrantBody body) {
        deputies.grant(body.person(), Callers.current());
        return list(null, null);
    }

    @PostMapping("/{person}/revoke")
    @PreAuthorize(Allowed.ADMIN)
    PageDto<DeputyDto> revoke(@PathVariable String person, @RequestBody ReasonBody body) {
        deputies.revoke(person, body.reason(), Callers.current());
        return list(null, null);
    }
}
