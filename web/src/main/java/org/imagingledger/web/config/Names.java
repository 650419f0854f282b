package org.imagingledger.web.config;

import org.imagingledger.application.people.People;
import org.springframework.stereotype.Component;

/**
 * Names beside subject ids on the pages ({@code ${@names.label(actor)}}): events carry only a
 * person's stable subject id; the display name comes from the people directory as the identity
 * provider last stated it, so a corrected or erased name shows corrected everywhere.
 */
@Component("names")
public class Names {

    private final People people;

    Names(People people) {
        this.people = people;
    }

    /** The person's display name, or the id itself (nodes, the system, unknown subjects). */
    public String of(String subject) {
        if (subject == null || subject.contains(":")) {
            return subject;
        }
        return people.displayName(subject);
    }

    /** "Display Name (subject)" when the directory knows a name other than the id; the id alone otherwise. */
    public String label(String subject) {
        String name = of(subject);
        return name == null || name.equals(subject) ? subject : name + " (" + subject + ")";
    }
}
