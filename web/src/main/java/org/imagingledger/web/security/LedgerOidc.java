package org.imagingledger.web.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the ledger reads people and nodes from an OpenID Connect provider ({@code ledger.oidc.*}).
 * The provider itself is Spring Boot's: {@code spring.security.oauth2.client.*} for the login of
 * the pages and {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (and
 * {@code .audiences}) for bearer tokens on the API.
 *
 * <pre>
 * ledger.oidc:
 *   role-claims: [groups]            # claims holding the values below (a dotted path reaches into objects)
 *   roles:
 *     - value: ledger-dac-chairs     # a value of one of those claims ...
 *       roles: [DAC_CHAIR, DAC_MEMBER]   # ... gives these ledger roles (METRICS: /actuator/prometheus)
 *   node-clients:
 *     - client-id: node-naples       # a client-credentials token of this client ...
 *       node: node-it-naples         # ... acts as this node
 *   node-claim: ledger_node          # a person whose token carries this claim operates that node
 * </pre>
 */
@ConfigurationProperties("ledger.oidc")
public class LedgerOidc {

    private List<String> roleClaims = new ArrayList<>(List.of("groups"));
    private List<RoleMapping> roles = new ArrayList<>();
    private List<NodeClient> nodeClients = new ArrayList<>();
    private List<String> nameClaims = new ArrayList<>(List.of("name", "preferred_username"));
    private Duration clockSkew = Duration.ofSeconds(30);
    private String nodeClaim;

    /**
     * The claim (a dotted path) whose value names the node a person operates: with it, the
     * person acts for that node (the NODE role), in the pages and the API. Unset: no operators.
     */
    public String getNodeClaim() {
        return nodeClaim;
    }

    public void setNodeClaim(String nodeClaim) {
        this.nodeClaim = nodeClaim;
    }

    public List<String> getRoleClaims() {
        return roleClaims;
    }

    public void setRoleClaims(List<String> roleClaims) {
        this.roleClaims = roleClaims;
    }

    public List<RoleMapping> getRoles() {
        return roles;
    }

    public void setRoles(List<RoleMapping> roles) {
        this.roles = roles;
    }

    public List<NodeClient> getNodeClients() {
        return nodeClients;
    }

    public void setNodeClients(List<NodeClient> nodeClients) {
        this.nodeClients = nodeClients;
    }

    public List<String> getNameClaims() {
        return nameClaims;
    }

    public void setNameClaims(List<String> nameClaims) {
        this.nameClaims = nameClaims;
    }

    /** How far a token's exp and nbf may be off the ledger's clock (default 30 s). */
    public Duration getClockSkew() {
        return clockSkew;
    }

    public void setClockSkew(Duration clockSkew) {
        this.clockSkew = clockSkew;
    }

    public static class RoleMapping {
        private String value;
        private List<String> roles = new ArrayList<>();

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public List<String> getRoles() {
            return roles;
        }

        public void setRoles(List<String> roles) {
            this.roles = roles;
        }
    }

    public static class NodeClient {
        private String clientId;
        private String node;

        public String getClientId() {
            return clientId;
        }

        public void setClientId(String clientId) {
            this.clientId = clientId;
        }

        public String getNode() {
            return node;
        }

        public void setNode(String node) {
            this.node = node;
        }
    }
}
