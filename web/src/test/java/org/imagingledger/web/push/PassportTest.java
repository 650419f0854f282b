package org.imagingledger.web.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.imagingledger.application.people.People;
import org.imagingledger.application.shared.Role;
import org.imagingledger.web.support.PermitTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingledger.web.support.Problems.problem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * GA4GH Passport visas, verified as a data service would: with Nimbus JOSE + JWT against the JWK
 * Set the ledger publishes without login; the exact header and claims of the Visa Document Token
 * form; exp bounded by the permit's end; no visa from a suspended, revoked or ended permit; and
 * who may read a passport.
 */
class PassportTest extends PermitTestSupport {

    private static final String BASE = "http://localhost:8080"; // ledger.public-url by default

    @Autowired
    private People people;

    private String holder;
    private String member;
    private List<String> datasets;

    @BeforeEach
    void people() throws Exception {
        holder = unique("rita");
        member = "team.member"; // PermitTestSupport's team
        people.register(holder, "Rita Rossi", holder + "@example.org", EnumSet.of(Role.RESEARCHER), null, "it");
        people.register(member, "Team Member", null, EnumSet.of(Role.RESEARCHER), null, "en");
        TestNode node = registerNode("IT");
        datasets = List.of(
                registerDataset(node, List.of("HMB"), null, false), registerDataset(node, List.of("HMB"), null, false));
    }

    @Test
    void everyMemberGetsOneSignedVisaPerDatasetInTheDocumentTokenForm() throws Exception {
        String permit = approve(holder, datasets);
        Instant approvedAt = Instant.parse(get("/api/v1/permits/" + permit, as(Role.AUDITOR))
                .get("issuedAt")
                .asText());
        Instant validUntil = Instant.parse(get("/api/v1/permits/" + permit, as(Role.AUDITOR))
                .get("validUntil")
                .asText());
        JWKSet keys = publishedKeys();
        assertThat(keys.getKeys()).isNotEmpty().allMatch(k -> !k.isPrivate());

        for (String person : List.of(holder, member)) {
            // the team member is shared with other tests' permits: only this permit's datasets count here
            List<SignedJWT> visas = new ArrayList<>();
            for (SignedJWT visa : passport(person, as(person, Role.RESEARCHER))) {
                String value = (String) visa.getJWTClaimsSet()
                        .getJSONObjectClaim("ga4gh_visa_v1")
                        .get("value");
                if (datasets.stream().anyMatch(d -> value.endsWith("/" + d))) {
                    visas.add(visa);
                }
            }
            assertThat(visas).hasSize(2);
            List<String> values = new ArrayList<>();
            for (SignedJWT visa : visas) {
                assertThat(visa.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
                assertThat(visa.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
                assertThat(visa.getHeader().getJWKURL()).hasToString(BASE + "/.well-known/jwks.json");
                JWK key = keys.getKeyByKeyId(visa.getHeader().getKeyID());
                assertThat(key).as("the visa's kid is published").isNotNull();
                assertThat(visa.verify(new ECDSAVerifier(key.toECKey()))).isTrue();

                JWTClaimsSet claims = visa.getJWTClaimsSet();
                assertThat(claims.getClaims().keySet())
                        .containsExactlyInAnyOrder("iss", "sub", "iat", "exp", "jti", "ga4gh_visa_v1");
                assertThat(claims.getIssuer()).isEqualTo(BASE);
                assertThat(claims.getSubject()).isEqualTo(person);
                assertThat(claims.getJWTID()).isNotBlank();
                long iat = claims.getIssueTime().toInstant().getEpochSecond();
                long exp = claims.getExpirationTime().toInstant().getEpochSecond();
                assertThat(exp - iat).isPositive().isLessThanOrEqualTo(3600);
                assertThat(exp).isLessThanOrEqualTo(validUntil.getEpochSecond());
                Map<String, Object> visaClaim = claims.getJSONObjectClaim("ga4gh_visa_v1");
                assertThat(visaClaim.keySet()).containsExactlyInAnyOrder("type", "asserted", "value", "source", "by");
                assertThat(visaClaim.get("type")).isEqualTo("ControlledAccessGrants");
                assertThat(visaClaim.get("asserted")).isEqualTo(approvedAt.getEpochSecond());
                assertThat(visaClaim.get("source")).isEqualTo(BASE + "/dac");
                assertThat(visaClaim.get("by")).isEqualTo("dac");
                values.add((String) visaClaim.get("value"));
            }
            assertThat(values)
                    .containsExactlyInAnyOrder(
                            BASE + "/api/v1/datasets/" + datasets.get(0), BASE + "/api/v1/datasets/" + datasets.get(1));
        }
    }

    @Test
    void aSuspendedRevokedOrEndedPermitYieldsNoVisaFromThatMoment() throws Exception {
        String permit = approve(holder, datasets.subList(0, 1));
        assertThat(passport(holder, as(holder, Role.RESEARCHER))).hasSize(1);

        post("/api/v1/permits/" + permit + "/suspend", Map.of("reason", "incident"), as(Role.DAC_CHAIR));
        assertThat(passport(holder, as(holder, Role.RESEARCHER))).isEmpty();
        post(
                "/api/v1/permits/" + permit + "/reinstate",
                Map.of("reason", "the audit found nothing"),
                as(Role.DAC_CHAIR));
        assertThat(passport(holder, as(holder, Role.RESEARCHER))).hasSize(1);
        post("/api/v1/permits/" + permit + "/revoke", Map.of("reason", "misuse"), as(Role.DAC_CHAIR));
        assertThat(passport(holder, as(holder, Role.RESEARCHER))).isEmpty();

        // a permit ending in two seconds: its visas expire with it, and none is issued once it ended,
        // before the expiry job has even recorded PermitExpired
        String ending = approve(holder, datasets.subList(1, 2), TRAINING, Duration.ofSeconds(2));
        Instant end = Instant.parse(get("/api/v1/permits/" + ending, as(Role.AUDITOR))
                .get("validUntil")
                .asText());
        List<SignedJWT> last = passport(holder, as(holder, Role.RESEARCHER));
        assertThat(last).hasSize(1);
        assertThat(last.get(0).getJWTClaimsSet().getExpirationTime().toInstant().getEpochSecond())
                .isEqualTo(end.getEpochSecond());
        while (!Instant.now().isAfter(end)) {
            Thread.sleep(100);
        }
        // read as it stands now: ended, although the expiry job has not recorded PermitExpired yet
        assertThat(get("/api/v1/permits/" + ending, as(Role.AUDITOR))
                        .get("status")
                        .asText())
                .isEqualTo("EXPIRED");
        assertThat(passport(holder, as(holder, Role.RESEARCHER))).isEmpty();
        // leave no permit due for expiry behind: other tests of this database count those
        post("/api/v1/permits/" + ending + "/revoke", Map.of("reason", "test over"), as(Role.DAC_CHAIR));
    }

    @Test
    void aPassportIsReadByItsPersonAnAdminOrAPassportService() throws Exception {
        approve(holder, datasets);
        assertThat(passport(holder, as(Role.GOVERNANCE_ADMIN))).hasSize(2);
        assertThat(passport(holder, as("broker", Role.PASSPORT_READER))).hasSize(2);
        call(HttpMethod.GET, "/api/v1/permissions/" + holder, null, as(unique("remo"), Role.RESEARCHER))
                .andExpect(problem(HttpStatus.FORBIDDEN, "not_yours"));
        call(HttpMethod.GET, "/api/v1/permissions/" + holder, null, as(Role.DAC_CHAIR))
                .andExpect(problem(HttpStatus.FORBIDDEN, "not_yours"));
        call(HttpMethod.GET, "/api/v1/permissions/" + holder, null, asNode("node-x"))
                .andExpect(problem(HttpStatus.FORBIDDEN, "role_forbids"));
        call(HttpMethod.GET, "/api/v1/permissions/nobody-" + holder, null, as(Role.GOVERNANCE_ADMIN))
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        // the keys are public
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/.well-known/jwks.json"))
                .andExpect(status().isOk());
    }

    private JWKSet publishedKeys() throws Exception {
        String text = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/.well-known/jwks.json"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JWKSet.parse(text);
    }

    private List<SignedJWT> passport(String user, org.springframework.test.web.servlet.request.RequestPostProcessor who)
            throws Exception {
        JsonNode answer = get("/api/v1/permissions/" + user, who);
        assertThat(answer.fieldNames()).toIterable().containsExactly("ga4gh_passport_v1");
        List<SignedJWT> visas = new ArrayList<>();
        for (JsonNode token : answer.get("ga4gh_passport_v1")) {
            visas.add(SignedJWT.parse(token.asText()));
        }
        return visas;
    }
}
