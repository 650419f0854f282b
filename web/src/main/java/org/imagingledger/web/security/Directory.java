package org.imagingledger.web.security;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.imagingledger.application.people.People;
import org.imagingledger.application.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Keeps the people directory as the identity provider states it: name, e-mail, locale and roles
 * are written at every login to the pages, and when an API token shows a person whose entry
 * changed (or has not been confirmed for a while). Events name people only by subject id.
 */
@Component
class Directory {

    private static final Duration RECONFIRM = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 10_000;

    private record Seen(int fingerprint, long at) {}

    private final People people;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    Directory(People people) {
        this.people = people;
    }

    /** At a login: always written. */
    void loggedIn(String subject, String name, String email, Set<Role> roles, String node, String locale) {
        people.register(subject, name, email, roles, node, locale);
        remember(subject, Objects.hash(name, email, roles, node, locale));
    }

    /** On an API call with a token: written when something changed or the entry is some minutes old. */
    void calledWithToken(String subject, String name, String email, Set<Role> roles, String node, String locale) {
        int fingerprint = Objects.hash(name, email, roles, node, locale);
        Seen last = seen.get(subject);
        long now = System.nanoTime();
        if (last != null && last.fingerprint() == fingerprint && now - last.at() < RECONFIRM.toNanos()) {
            return;
        }
        people.register(subject, name, email, roles, node, locale);
        remember(subject, fingerprint);
    }

    private void remember(String subject, int fingerprint) {
        if (seen.size() >= MAX_REMEMBERED) {
            seen.clear();
        }
        seen.put(subject, new Seen(fingerprint, System.nanoTime()));
    }
}
