package org.imagingledger.application.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.imagingledger.application.shared.Role;

/**
 * Someone who can log in: the directory the ledger checks names against (a team member must be
 * a registered researcher, a reviewer a DAC member) and reaches people through. It is kept
 * outside the event log on purpose: names and e-mail addresses are personal data that must be
 * correctable and erasable, while events carry only the stable subject id.
 */
@Entity
@Table(name = "ledger_person")
public class Person {

    @Id
    @Column(length = 255)
    private String subject;

    @Column(name = "display_name", nullable = false, length = 255)
    private String displayName;

    @Column(length = 320)
    private String email;

    /** Comma-separated role names. */
    @Column(nullable = false, length = 255)
    private String roles;

    @Column(name = "node_id", length = 128)
    private String nodeId;

    @Column(length = 8)
    private String locale;

    /** The kinds of e-mail this person turned off, comma-separated (none: every kind is sent). */
    @Column(name = "mail_off", length = 500)
    private String mailOff;

    @Column(name = "first_seen", nullable = false)
    private Instant firstSeen;

    @Column(name = "last_seen", nullable = false)
    private Instant lastSeen;

    protected Person() {}

    Person(String subject, Instant at) {
        this.subject = subject;
        this.displayName = subject;
        this.roles = "";
        this.firstSeen = at;
        this.lastSeen = at;
    }

    void update(String displayName, String email, Set<Role> roles, String nodeId, String locale, Instant at) {
        this.displayName = displayName == null || displayName.isBlank() ? subject : displayName.strip();
        if (email != null && !email.isBlank()) {
            this.email = email.strip();
        }
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.nodeId = nodeId;
        if (locale != null && !locale.isBlank()) {
            this.locale = locale;
        }
        this.lastSeen = at;
    }

    /** The kinds of e-mail turned off, by name. */
    public Set<String> getMailOff() {
        return mailOff == null || mailOff.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(mailOff.split(",")));
    }

    public boolean wantsMail(String kind) {
        return !getMailOff().contains(kind);
    }

    void mailOff(Set<String> kinds) {
        this.mailOff = kinds.isEmpty() ? null : kinds.stream().sorted().collect(Collectors.joining(","));
    }

    public String getSubject() {
        return subject;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Set<Role> getRoles() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        if (!roles.isEmpty()) {
            Arrays.stream(roles.split(",")).map(Role::valueOf).forEach(set::add);
        }
        return set;
    }

    public boolean has(Role role) {
        return getRoles().contains(role);
    }

    public String getNodeId() {
        return nodeId;
    }

    public String getLocale() {
        return locale;
    }

    public Instant getFirstSeen() {
        return firstSeen;
    }

    public Instant getLastSeen() {
        return lastSeen;
    }
}
