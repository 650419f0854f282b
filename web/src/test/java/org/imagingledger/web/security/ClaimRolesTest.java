package org.imagingledger.web.security;

import java.util.List;
import java.util.Map;
import org.imagingledger.application.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The claim mapping on its own: which claim values give which roles, and which clients are nodes. */
class ClaimRolesTest {

    private static ClaimRoles mapping(List<String> claims, Object... valueAndRoles) {
        LedgerOidc oidc = new LedgerOidc();
        oidc.setRoleClaims(claims);
        for (int i = 0; i < valueAndRoles.length; i += 2) {
            LedgerOidc.RoleMapping m = new LedgerOidc.RoleMapping();
            m.setValue((String) valueAndRoles[i]);
            m.setRoles(List.of(((String) valueAndRoles[i + 1]).split(",")));
            oidc.getRoles().add(m);
        }
        LedgerOidc.NodeClient node = new LedgerOidc.NodeClient();
        node.setClientId("node-naples");
        node.setNode("node-it-naples");
        oidc.getNodeClients().add(node);
        return new ClaimRoles(oidc);
    }

    private static List<String> names(List<GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).toList();
    }

    @Test
    void valuesOfTheConfiguredClaimsGiveTheirRoles() {
        ClaimRoles roles = mapping(
                List.of("groups", "realm_access.roles", "eduperson_entitlement"),
                "dac-chairs",
                "DAC_CHAIR,DAC_MEMBER",
                "urn:geant:lifescience-ri.eu:group:ledger-auditors#aai.lifescience-ri.eu",
                "auditor",
                "ledger-metrics",
                "METRICS");
        record Row(Map<String, Object> claims, List<String> expected) {}
        List<Row> rows = List.of(
                new Row(Map.of("groups", List.of("dac-chairs")), List.of("ROLE_DAC_CHAIR", "ROLE_DAC_MEMBER")),
                new Row(Map.of("groups", "dac-chairs"), List.of("ROLE_DAC_CHAIR", "ROLE_DAC_MEMBER")),
                new Row(
                        Map.of("realm_access", Map.of("roles", List.of("ledger-metrics", "offline_access"))),
                        List.of("ROLE_METRICS")),
                new Row(
                        Map.of(
                                "eduperson_entitlement",
                                List.of("urn:geant:lifescience-ri.eu:group:ledger-auditors#aai.lifescience-ri.eu")),
                        List.of("ROLE_AUDITOR")),
                new Row(Map.of("groups", List.of("DAC-CHAIRS", "other")), List.of()),
                new Row(Map.of("roles", List.of("dac-chairs")), List.of()),
                new Row(Map.of("realm_access", "dac-chairs"), List.of()),
                new Row(Map.of(), List.of()));
        for (Row row : rows) {
            assertThat(names(roles.authorities(row.claims())))
                    .as("%s", row.claims())
                    .containsExactlyElementsOf(row.expected());
        }
        assertThat(ClaimRoles.roles(roles.authorities(Map.of("groups", List.of("dac-chairs", "ledger-metrics")))))
                .containsExactlyInAnyOrder(Role.DAC_CHAIR, Role.DAC_MEMBER);
    }

    @Test
    void aConfiguredClientIsItsNodeAndNothingElseIs() {
        ClaimRoles roles = mapping(List.of("groups"));
        assertThat(roles.node(Map.of("azp", "node-naples"))).contains("node-it-naples");
        assertThat(roles.node(Map.of("client_id", "node-naples"))).contains("node-it-naples");
        assertThat(roles.node(Map.of("azp", "ledger-cli"))).isEmpty();
        assertThat(roles.node(Map.of())).isEmpty();
    }

    @Test
    void anUnknownRoleInTheMappingStopsTheStart() {
        assertThatThrownBy(() -> mapping(List.of("groups"), "x", "SUPERUSER"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SUPERUSER");
    }

    @Test
    void theDisplayNameIsTheFirstNameClaimPresent() {
        ClaimRoles roles = mapping(List.of("groups"));
        assertThat(roles.displayName(Map.of("name", "Rita Rossi", "preferred_username", "rita"), "s1"))
                .isEqualTo("Rita Rossi");
        assertThat(roles.displayName(Map.of("preferred_username", "rita"), "s1"))
                .isEqualTo("rita");
        assertThat(roles.displayName(Map.of(), "s1")).isEqualTo("s1");
    }
}
