package org.imagingledger.application.shared;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The ledger's one time zone ({@code ledger.time-zone}, default Europe/Brussels): calendar days
 * typed by people become exact instants in it, and the pages show times in it.
 *
 * <p>A period chosen as days, "from the first day to the last day", is the half-open interval
 * {@code [start of the first day, start of the day after the last day)}: the last day is covered
 * whole, to its last instant, whatever the offset of the zone that day (summer time included).
 * Approval validity, permit extensions and the requested period all follow this one rule.
 */
@Component
public class LedgerTime {

    public static final String DEFAULT_ZONE = "Europe/Brussels";

    private final ZoneId zone;

    public LedgerTime(@Value("${ledger.time-zone:" + DEFAULT_ZONE + "}") String zone) {
        try {
            this.zone = ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new IllegalStateException(
                    "ledger.time-zone: '" + zone + "' is not a time zone id such as Europe/Brussels", e);
        }
    }

    public static LedgerTime of(ZoneId zone) {
        return new LedgerTime(zone.getId());
    }

    public ZoneId zone() {
        return zone;
    }

    /** The first instant of a day. */
    public Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    /** The end (exclusive) of a period whose last day is given: the first instant of the next day. */
    public Instant endAfter(LocalDate lastDay) {
        return lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The day an instant falls on. */
    public LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, zone);
    }

    /**
     * The last day a period ending (exclusively) at this instant covers: the day before when the
     * end is the start of a day, otherwise the day of the end itself (a period that ends within
     * a day, as the API may set it, covers only part of that day).
     */
    public LocalDate lastDay(Instant end) {
        if (end == null) {
            return null;
        }
        ZonedDateTime at = end.atZone(zone);
        return isStartOfDay(end) ? at.toLocalDate().minusDays(1) : at.toLocalDate();
    }

    /** Whether the instant is the first instant of a day in the ledger's zone. */
    public boolean isStartOfDay(Instant instant) {
        return instant != null && startOf(day(instant)).equals(instant);
    }
}
