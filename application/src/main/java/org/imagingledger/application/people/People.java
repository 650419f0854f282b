package org.imagingledger.application.people;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.imagingledger.application.shared.Role;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The directory of people. Entries are written when someone logs in (their roles and name as
 * the identity provider or the configuration states them at that moment) and when configured
 * users are loaded at start-up; the ledger never invents a person.
 */
@Service
public class People {

    private final PersonRepository people;
    private final Clock clock;
    private final TransactionTemplate transaction;

    People(PersonRepository people, Clock clock, PlatformTransactionManager transactions) {
        this.people = people;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Records that this person exists now with these roles, name and e-mail (as the identity
     * provider or the configuration states them at this login); returns the entry. Two instances
     * may see a person's first login at once: the one that loses the insert updates instead.
     */
    public Person register(
            String subject, String displayName, String email, Set<Role> roles, String nodeId, String locale) {
        try {
            return transaction.execute(s -> upsert(subject, displayName, email, roles, nodeId, locale));
        } catch (DataIntegrityViolationException raced) {
            return transaction.execute(s -> upsert(subject, displayName, email, roles, nodeId, locale));
        }
    }

    private Person upsert(
            String subject, String displayName, String email, Set<Role> roles, String nodeId, String locale) {
        Person person = people.findById(subject).orElseGet(() -> new Person(subject, clock.instant()));
        person.update(displayName, email, roles, nodeId, locale, clock.instant());
        return people.saveAndFlush(person);
    }

    @Transactional(readOnly = true)
    public Optional<Person> find(String subject) {
        return subject == null ? Optional.empty() : people.findById(subject);
    }

    /** True when the directory knows this person with this role. */
    @Transactional(readOnly = true)
    public boolean has(String subject, Role role) {
        return find(subject).map(p -> p.has(role)).orElse(false);
    }

    @Transactional(readOnly = true)
    public List<Person> withRole(Role role) {
        return people.findAllByOrderByDisplayNameAsc().stream()
                .filter(p -> p.has(role))
                .toList();
    }

    /** Turns these kinds of e-mail off for the person (and every other kind on). */
    @Transactional
    public Person setMailOff(String subject, Set<String> kinds) {
        Person person = people.findById(subject)
                .orElseThrow(() -> org.imagingledger.domain.shared.CommandRejected.notFound("person", subject));
        person.mailOff(kinds);
        return people.save(person);
    }

    /** Everyone the directory knows, by name. */
    @Transactional(readOnly = true)
    public List<Person> everyone() {
        return people.findAllByOrderByDisplayNameAsc();
    }

    /** The name to show for a subject: the directory's display name, or the subject itself. */
    @Transactional(readOnly = true)
    public String displayName(String subject) {
        return find(subject).map(Person::getDisplayName).orElse(subject);
    }
}
