package org.imagingledger.web.consent;

import java.time.Duration;

/**
 * A duration as the notice pages show it: the two largest units, named by a message key
 * (e.g. notices.age.hours with 3 and 20 → "3 h 20 min"), so each language words it itself.
 */
public record Age(String key, long a, long b, long seconds) {

    public static Age of(Duration duration) {
        long s = Math.max(0, duration.toSeconds());
        if (s >= 86_400) {
            return new Age("notices.age.days", s / 86_400, (s % 86_400) / 3600, s);
        }
        if (s >= 3600) {
            return new Age("notices.age.hours", s / 3600, (s % 3600) / 60, s);
        }
        if (s >= 60) {
            return new Age("notices.age.minutes", s / 60, s % 60, s);
        }
        return new Age("notices.age.seconds", s, 0, s);
    }
}
