package org.imagingledger.web.access;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request submitted 70 days ago (the application's clock set back while it was submitted)
 * is past its two-month deadline: the DAC sees it as overdue, before the requests still in time.
 */
class AccessOverdueTest extends AccessTestSupport {

    /** A clock the test can set back and forward; the application stamps every command with it. */
    static class MovableClock extends Clock {
        private volatile Duration offset = Duration.ZERO;

        void shift(Duration by) {
            offset = by;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired
    private MovableClock clock;

    @AfterEach
    void backToNow() {
        clock.shift(Duration.ZERO);
    }

    @Test
    void requestPastItsDeadlineIsOverdueAndLeadsTheQueue() throws Exception {
        clock.shift(Duration.ofDays(-70));
        String late = submitted();
        String lateButExtended = submitted();
        clock.shift(Duration.ZERO);
        String inTime = submitted();
        post(BASE + "/" + lateButExtended + "/deadline-extension", Map.of("reason", "expert needed"), CHAIR);

        JsonNode overdue = get(BASE + "/overdue?size=500", AUDITOR).get("items");
        assertThat(ids(overdue)).contains(late).doesNotContain(inTime, lateButExtended);

        JsonNode queue = get(BASE + "?size=500", CHAIR).get("items");
        List<String> order = ids(queue);
        assertThat(order.indexOf(late)).isLessThan(order.indexOf(inTime));
        assertThat(order.indexOf(late)).isLessThan(order.indexOf(lateButExtended));
        JsonNode lateRow = queue.get(order.indexOf(late));
        assertThat(lateRow.get("overdue").asBoolean()).isTrue();
        assertThat(Instant.parse(lateRow.get("deadline").asText())).isBefore(Instant.now());
        assertThat(queue.get(order.indexOf(inTime)).get("overdue").asBoolean()).isFalse();
        assertThat(request(late).get("overdue").asBoolean()).isTrue();
    }

    private static List<String> ids(JsonNode rows) {
        List<String> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }
}
