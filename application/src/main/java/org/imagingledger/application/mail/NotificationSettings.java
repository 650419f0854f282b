package org.imagingledger.application.mail;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imagingledger.application.people.People;
import org.imagingledger.application.people.Person;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.domain.shared.Violations;
import org.springframework.stereotype.Service;

/** Each person's e-mail settings: which kinds they receive. Kept with the person in the directory. */
@Service
public class NotificationSettings {

    private final People people;
    private final Mailer mailer;

    NotificationSettings(People people, Mailer mailer) {
        this.people = people;
        this.mailer = mailer;
    }

    /** The person's address and language, whether the ledger sends mail at all, and each kind on or off. */
    public record Settings(
            String subject, String email, String locale, boolean mailEnabled, Map<String, Boolean> kinds) {}

    public Settings of(Caller caller) {
        Person person = person(caller);
        Map<String, Boolean> kinds = new LinkedHashMap<>();
        for (MailKind kind : MailKind.values()) {
            kinds.put(kind.wire(), person.wantsMail(kind.wire()));
        }
        return new Settings(person.getSubject(), person.getEmail(), person.getLocale(), mailer.enabled(), kinds);
    }

    /** Turns the listed kinds on and every other kind off. */
    public Settings receive(Caller caller, List<String> on) {
        Person person = person(caller);
        Violations violations = Violations.check().required("kinds", on);
        Set<String> wanted = new LinkedHashSet<>();
        if (on != null) {
            violations.noDuplicates("kinds", on);
            for (int i = 0; i < on.size(); i++) {
                String kind = on.get(i);
                if (kind == null || MailKind.ofWire(kind).isEmpty()) {
                    violations.add(
                            "kinds[" + i + "]",
                            ErrorCodes.UNKNOWN_MAIL_KIND,
                            "is not a kind of e-mail",
                            kind,
                            String.join(", ", wires()));
                } else {
                    wanted.add(kind);
                }
            }
        }
        violations.orReject();
        Set<String> off = new LinkedHashSet<>(wires());
        off.removeAll(wanted);
        people.setMailOff(person.getSubject(), off);
        return of(caller);
    }

    private Person person(Caller caller) {
        if (caller.isNode()) {
            throw CommandRejected.forbidden(ErrorCodes.ROLE_FORBIDS, "a node has no e-mail settings");
        }
        return people.find(caller.name()).orElseThrow(() -> CommandRejected.notFound("person", caller.name()));
    }

    private static List<String> wires() {
        return Arrays.stream(MailKind.values()).map(MailKind::wire).toList();
    }
}
