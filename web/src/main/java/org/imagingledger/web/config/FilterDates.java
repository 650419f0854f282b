package org.imagingledger.web.config;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;

/**
 * The time-range filters of the list pages, typed as an instant, a date-time (read in the
 * ledger's zone, the zone the pages show times in) or a date; a date given as "to" includes
 * that whole day (the range's end is exclusive).
 */
public final class FilterDates {

    private FilterDates() {}

    public static Instant parse(String field, String text, boolean end) {
        return parse(field, text, end, zone);
    }

    /** The ledger's zone ({@code ledger.time-zone}), set once at start-up. */
    private static ZoneId zone = ZoneId.of(org.imagingledger.application.shared.LedgerTime.DEFAULT_ZONE);

    @org.springframework.stereotype.Component
    static class Wiring {
        Wiring(org.imagingledger.application.shared.LedgerTime time) {
            zone = time.zone();
        }
    }

    public static Instant parse(String field, String text, boolean end, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException notInstant) {
            try {
                return LocalDateTime.parse(t.replace(" ", "T")).atZone(zone).toInstant();
            } catch (DateTimeParseException notDateTime) {
                try {
                    LocalDate day = LocalDate.parse(t);
                    return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
                } catch (DateTimeParseException notDate) {
                    throw CommandRejected.invalid(
                            field,
                            ErrorCodes.NOT_A_DATE,
                            "must be a date or a date and time, such as 2026-03-31 or 2026-03-31T14:00");
                }
            }
        }
    }
}
