package org.imagingledger.web.security;

import java.util.ArrayList;
import java.util.List;
import org.imagingledger.application.shared.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * People who may log in, from configuration ({@code ledger.users}). Passwords are
 * Spring Security encoded strings, e.g. {@code {bcrypt}$2a$...}; the demo profile alone
 * uses {@code {noop}} demo passwords.
 */
@ConfigurationProperties("ledger")
public class LedgerUsers {

    private List<User> users = new ArrayList<>();

    public List<User> getUsers() {
        return users;
    }

    public void setUsers(List<User> users) {
        this.users = users;
    }

    /** The Spring Security authority of a configured role name (ROLE_DAC_CHAIR, ROLE_METRICS); unknown names fail. */
    static String authority(String role) {
        String name = role.strip().toUpperCase(java.util.Locale.ROOT);
        if (!name.equals(ClaimRoles.METRICS)) {
            Role.valueOf(name);
        }
        return "ROLE_" + name;
    }

    public static class User {
        private String username;
        private String password;
        private List<String> roles = new ArrayList<>();
        private String displayName;
        private String email;
        private String nodeId;
        private String locale;

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        /** For a node operator: the node this person acts for. */
        public String getNodeId() {
            return nodeId;
        }

        public void setNodeId(String nodeId) {
            this.nodeId = nodeId;
        }

        public String getLocale() {
            return locale;
        }

        public void setLocale(String locale) {
            this.locale = locale;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        /** Ledger roles ({@link Role} names), or METRICS for /actuator/prometheus. */
        public List<String> getRoles() {
            return roles;
        }

        public void setRoles(List<String> roles) {
            this.roles = roles;
        }

        /** The ledger roles among {@link #getRoles()}; a node operator (with a node-id) has NODE. */
        public java.util.Set<Role> ledgerRoles() {
            java.util.Set<Role> set = java.util.EnumSet.noneOf(Role.class);
            if (nodeId != null && !nodeId.isBlank()) {
                set.add(Role.NODE);
            }
            for (String role : roles) {
                if (!ClaimRoles.METRICS.equals(authority(role).substring(5))) {
                    set.add(Role.valueOf(role.strip().toUpperCase(java.util.Locale.ROOT)));
                }
            }
            return set;
        }
    }
}
