package org.imagingledger.web.config;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.imagingledger.application.shared.LedgerTime;
import org.springframework.stereotype.Component;

/**
 * Times on the pages ({@code ${@time.minutes(at)}}), always in the ledger's zone
 * ({@code ledger.time-zone}), which the layout names under every page. Periods chosen as days
 * show their first and last day ({@link #lastDay}), the zone beside them.
 */
@Component("time")
public class Times {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final LedgerTime time;

    Times(LedgerTime time) {
        this.time = time;
    }

    /** The zone's id, e.g. Europe/Brussels. */
    public String zone() {
        return time.zone().getId();
    }

    public String day(Instant at) {
        return format(at, DAY);
    }

    public String minutes(Instant at) {
        return format(at, MINUTES);
    }

    public String seconds(Instant at) {
        return format(at, SECONDS);
    }

    public String clock(Instant at) {
        return format(at, CLOCK);
    }

    /** The exact instant, ISO-8601 in UTC, for a tooltip or a {@code <time datetime>}. */
    public String iso(Instant at) {
        return at == null ? "" : at.toString();
    }

    /**
     * The last day a period ending (exclusively) at {@code end} covers, as a date; with the time
     * when the end falls within a day (a period set to the minute through the API).
     */
    public String lastDay(Instant end) {
        if (end == null) {
            return "";
        }
        return time.isStartOfDay(end) ? DAY.format(time.lastDay(end)) : minutes(end);
    }

    /** A validity or period chosen as days: "first day – last day". */
    public String days(Instant start, Instant end) {
        if (start == null || end == null) {
            return "—";
        }
        String first = time.isStartOfDay(start) ? day(start) : minutes(start);
        return first + " – " + lastDay(end);
    }

    /** The value of a date input for a day-based start ({@code yyyy-MM-dd}). */
    public String dateInput(Instant start) {
        LocalDate day = time.day(start);
        return day == null ? "" : day.toString();
    }

    /** The value of a date input for a day-based end: its last day. */
    public String lastDayInput(Instant end) {
        LocalDate day = time.lastDay(end);
        return day == null ? "" : day.toString();
    }

    /** Today in the ledger's zone, for the min and default of date inputs. */
    public String today() {
        return LocalDate.now(time.zone()).toString();
    }

    private String format(Instant at, DateTimeFormatter pattern) {
        if (at == null) {
            return "";
        }
        TemporalAccessor zoned = at.atZone(time.zone());
        return pattern.format(zoned);
    }
}
