package org.imagingledger.web.trends;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.imagingledger.application.shared.LedgerTime;
import org.imagingledger.application.shared.Role;
import org.imagingledger.web.support.DecisionTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The trends count what happened: a submitted request in this month, an allowed and a denied
 * decision today, a withdrawal notice issued and then acknowledged; the CSV carries the months.
 * Other tests share the database, so each figure is compared with itself before the actions.
 */
class TrendsTest extends DecisionTestSupport {

    @Autowired
    Trends trends;

    @Autowired
    LedgerTime time;

    @Test
    void requestsDecisionsAndNoticesAreCountedInTheirMonthAndDay() throws Exception {
        TestNode node = registerNode("BE");
        String dataset = registerDataset(node, List.of("GRU"), null, false);
        String holder = unique("tina");
        register(holder, Role.RESEARCHER);
        String permit = approve(holder, List.of(dataset));
        Trends.Charts before = trends.charts();

        assertThat(decide(node, holder, dataset, permit).get("allow").asBoolean())
                .isTrue();
        assertThat(decide(node, unique("stranger"), dataset, permit)
                        .get("allow")
                        .asBoolean())
                .isFalse();
        String request = post(
                        "/api/v1/access-requests",
                        Map.of(
                                "title", "Trend request",
                                "datasets", List.of(dataset),
                                "purpose",
                                        Map.of(
                                                "codes", List.of("GRU"),
                                                "commercial", false,
                                                "forProfit", false,
                                                "methodsDevelopment", false),
                                "summary", "A request to be counted.",
                                "operations", List.of("FEDERATED_TRAINING"),
                                "periodFrom", "2027-01-01T00:00:00Z",
                                "periodUntil", "2028-01-01T00:00:00Z"),
                        as(holder, Role.RESEARCHER))
                .get("id")
                .asText();
        post("/api/v1/access-requests/" + request + "/submit", null, as(holder, Role.RESEARCHER));
        JsonNode consent = post(
                "/api/v1/consents",
                Map.of("pseudonym", unique("PSN"), "datasets", List.of(dataset), "purposes", List.of("GRU")),
                bearer(node.token()));
        JsonNode withdrawn =
                post("/api/v1/consents/" + consent.get("id").asText() + "/withdraw", null, bearer(node.token()));
        int issued = withdrawn.get("notices").size();
        assertThat(issued).isPositive();
        Trends.Charts withdrawnNow = trends.charts();

        Trends.Day today = last(withdrawnNow.days());
        assertThat(today.day()).isEqualTo(last(before.days()).day());
        assertThat(today.allowed()).isEqualTo(last(before.days()).allowed() + 1);
        assertThat(today.denied()).isEqualTo(last(before.days()).denied() + 1);
        Trends.Month month = last(withdrawnNow.months());
        assertThat(month.month()).isEqualTo(YearMonth.now(time.zone()));
        assertThat(month.submitted()).isEqualTo(last(before.months()).submitted() + 1);
        assertThat(month.decided()).isEqualTo(last(before.months()).decided());
        Trends.NoticeMonth notices = last(withdrawnNow.notices());
        assertThat(notices.issued()).isEqualTo(last(before.notices()).issued() + issued);
        assertThat(notices.pending()).isEqualTo(last(before.notices()).pending() + issued);

        String nodeNotice = null;
        for (JsonNode n : withdrawn.get("notices")) {
            if (n.get("recipientKind").asText().equals("NODE")) {
                nodeNotice = n.get("id").asText();
            }
        }
        assertThat(nodeNotice).isNotNull();
        post("/api/v1/withdrawal-notices/" + nodeNotice + "/acknowledge", null, bearer(node.token()));
        Trends.NoticeMonth acknowledged = last(trends.charts().notices());
        assertThat(acknowledged.acknowledged()).isEqualTo(notices.acknowledged() + 1);
        assertThat(acknowledged.pending()).isEqualTo(notices.pending() - 1);

        String csv = mvc.perform(MockMvcRequestBuilders.get("/trends.csv").with(as(Role.AUDITOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(1 + Trends.MONTHS);
        // after the byte order mark that spreadsheet programs look for
        assertThat(lines.get(0)).startsWith("\uFEFFMonth,Submitted");
        assertThat(lines.get(lines.size() - 1))
                .startsWith(YearMonth.now(ZoneId.of(time.zone().getId())) + "," + month.submitted() + ",");
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
