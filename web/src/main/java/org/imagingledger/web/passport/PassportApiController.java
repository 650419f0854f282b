package org.imagingledger.web.passport;

import java.util.List;
import java.util.Map;
import org.imagingledger.application.passport.PassportService;
import org.imagingledger.application.passport.VisaKeys;
import org.imagingledger.web.security.Allowed;
import org.imagingledger.web.security.Callers;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * GA4GH Passport visas (as REMS answers {@code GET /api/permissions/{user}}) and the public keys
 * that verify them.
 */
@RestController
class PassportApiController {

    private final PassportService passports;
    private final VisaKeys keys;

    PassportApiController(PassportService passports, VisaKeys keys) {
        this.passports = passports;
        this.keys = keys;
    }

    /** {@code {"ga4gh_passport_v1": [visa, …]}}: the person themself, a governance admin or a passport service. */
    @GetMapping("/api/v1/permissions/{user}")
    @PreAuthorize(Allowed.PASSPORT)
    Map<String, List<String>> passport(@PathVariable String user) {
        return Map.of("ga4gh_passport_v1", passports.passport(user, Callers.current()));
    }

    /** The visa keys' public parts (RFC 7517 JWK Set): public, no login. */
    @GetMapping(value = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok()
                .cacheControl(
                        CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
                .body(keys.published().toJSONObject(true));
    }
}
