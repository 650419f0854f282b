package org.imagingledger.web.trends;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.imagingledger.application.shared.LedgerTime;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.projections.access.AccessQueries;
import org.imagingledger.projections.access.AccessRequestView;
import org.imagingledger.projections.consent.ConsentQueries;
import org.imagingledger.projections.consent.NoticeFilter;
import org.imagingledger.projections.decision.DecisionFilter;
import org.imagingledger.projections.decision.DecisionQueries;
import org.imagingledger.web.config.SeriesChart;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/**
 * The trends of the oversight page, computed from the views in the ledger's zone: requests
 * submitted per month, the median time to a decision and the share decided late (or still open
 * past the deadline) per month of submission, policy decisions allowed and denied per day, and
 * the median time to acknowledge withdrawal notices per month of issue.
 */
@Component
class Trends {

    static final int MONTHS = 12;
    static final int DAYS = 30;

    private final AccessQueries access;
    private final DecisionQueries decisions;
    private final ConsentQueries consents;
    private final LedgerTime time;
    private final Clock clock;
    private final MessageSource messages;

    Trends(
            AccessQueries access,
            DecisionQueries decisions,
            ConsentQueries consents,
            LedgerTime time,
            Clock clock,
            MessageSource messages) {
        this.access = access;
        this.decisions = decisions;
        this.consents = consents;
        this.time = time;
        this.clock = clock;
        this.messages = messages;
    }

    /** The figures of one month of submissions. */
    record Month(
            YearMonth month, int submitted, int decided, double medianDaysToDecision, int late, double lateShare) {}

    /** The figures of one day of policy decisions. */
    record Day(LocalDate day, long allowed, long denied) {}

    /** The figures of one month of withdrawal notices. */
    record NoticeMonth(YearMonth month, int issued, int acknowledged, double medianHoursToAcknowledge, int pending) {}

    record Charts(
            List<Month> months,
            List<Day> days,
            List<NoticeMonth> notices,
            SeriesChart requests,
            SeriesChart timeToDecision,
            SeriesChart overdue,
            SeriesChart decisionsPerDay,
            SeriesChart timeToAcknowledge) {}

    Charts charts() {
        Instant now = clock.instant();
        ZoneId zone = time.zone();
        YearMonth thisMonth = YearMonth.now(clock.withZone(zone));
        YearMonth first = thisMonth.minusMonths(MONTHS - 1);
        Instant since = first.atDay(1).atStartOfDay(zone).toInstant();
        Locale locale = LocaleContextHolder.getLocale();

        List<Month> months = months(first, since, now, zone);
        List<Day> days = days(now, zone);
        List<NoticeMonth> notices = notices(first, since, now, zone);

        DateTimeFormatter monthLabel = DateTimeFormatter.ofPattern("MM/yy", locale);
        DateTimeFormatter monthTitle = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
        List<SeriesChart.Point> requests = new ArrayList<>();
        List<SeriesChart.Point> toDecision = new ArrayList<>();
        List<SeriesChart.Point> overdue = new ArrayList<>();
        for (Month m : months) {
            String label = monthLabel.format(m.month());
            String title = monthTitle.format(m.month());
            requests.add(new SeriesChart.Point(
                    label,
                    new double[] {m.submitted()},
                    String.valueOf(m.submitted()),
                    text("trends.tip.requests", locale, title, m.submitted())));
            toDecision.add(new SeriesChart.Point(
                    label,
                    new double[] {m.decided() == 0 ? 0 : m.medianDaysToDecision()},
                    m.decided() == 0 ? "—" : String.format(locale, "%.0f", m.medianDaysToDecision()),
                    text(
                            "trends.tip.toDecision",
                            locale,
                            title,
                            m.decided(),
                            oneDecimal(m.medianDaysToDecision(), locale))));
            overdue.add(new SeriesChart.Point(
                    label,
                    new double[] {m.submitted() == 0 ? 0 : m.lateShare() * 100},
                    m.submitted() == 0 ? "—" : Math.round(m.lateShare() * 100) + "%",
                    text("trends.tip.overdue", locale, title, m.late(), m.submitted())));
        }
        DateTimeFormatter dayLabel = DateTimeFormatter.ofPattern("dd", locale);
        DateTimeFormatter dayTitle = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        List<SeriesChart.Point> perDay = new ArrayList<>();
        for (Day d : days) {
            perDay.add(new SeriesChart.Point(
                    dayLabel.format(d.day()),
                    new double[] {d.allowed(), d.denied()},
                    d.allowed() + d.denied() == 0 ? "" : String.valueOf(d.allowed() + d.denied()),
                    text("trends.tip.decisions", locale, dayTitle.format(d.day()), d.allowed(), d.denied())));
        }
        List<SeriesChart.Point> toAck = new ArrayList<>();
        for (NoticeMonth m : notices) {
            String title = monthTitle.format(m.month());
            toAck.add(new SeriesChart.Point(
                    monthLabel.format(m.month()),
                    new double[] {m.acknowledged() == 0 ? 0 : m.medianHoursToAcknowledge()},
                    m.acknowledged() == 0 ? "—" : oneDecimal(m.medianHoursToAcknowledge(), locale),
                    text(
                            "trends.tip.acknowledge",
                            locale,
                            title,
                            m.issued(),
                            m.acknowledged(),
                            m.pending(),
                            oneDecimal(m.medianHoursToAcknowledge(), locale))));
        }
        return new Charts(
                months,
                days,
                notices,
                SeriesChart.of(requests, List.of("series-a")),
                SeriesChart.of(toDecision, List.of("series-a")),
                SeriesChart.of(overdue, List.of("series-warn")),
                SeriesChart.of(perDay, List.of("ALLOWED", "DENIED")),
                SeriesChart.of(toAck, List.of("series-a")));
    }

    private List<Month> months(YearMonth first, Instant since, Instant now, ZoneId zone) {
        Map<YearMonth, List<AccessRequestView>> bySubmission = new LinkedHashMap<>();
        for (int i = 0; i < MONTHS; i++) {
            bySubmission.put(first.plusMonths(i), new ArrayList<>());
        }
        for (AccessRequestView r : access.submittedOrDecidedSince(since)) {
            if (r.getSubmittedAt() != null) {
                List<AccessRequestView> bucket =
                        bySubmission.get(YearMonth.from(r.getSubmittedAt().atZone(zone)));
                if (bucket != null) {
                    bucket.add(r);
                }
            }
        }
        List<Month> months = new ArrayList<>();
        bySubmission.forEach((month, requests) -> {
            List<Double> days = new ArrayList<>();
            int late = 0;
            for (AccessRequestView r : requests) {
                if (r.getDecidedAt() != null) {
                    days.add(Duration.between(r.getSubmittedAt(), r.getDecidedAt())
                                    .toMinutes()
                            / 1440.0);
                }
                if (r.getDeadline() != null) {
                    Instant end = r.getDecidedAt() != null
                            ? r.getDecidedAt()
                            : (r.getStatus().isOpen() ? now : null);
                    if (end != null && end.isAfter(r.getDeadline())) {
                        late++;
                    }
                }
            }
            months.add(new Month(
                    month,
                    requests.size(),
                    days.size(),
                    median(days),
                    late,
                    requests.isEmpty() ? 0 : (double) late / requests.size()));
        });
        return months;
    }

    private List<Day> days(Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<Day> days = new ArrayList<>();
        for (int i = DAYS - 1; i >= 0; i--) {
            LocalDate day = today.minusDays(i);
            Instant from = day.atStartOfDay(zone).toInstant();
            Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
            days.add(new Day(
                    day,
                    decisions.count(new DecisionFilter(null, null, null, true, from, to, null)),
                    decisions.count(new DecisionFilter(null, null, null, false, from, to, null))));
        }
        return days;
    }

    private List<NoticeMonth> notices(YearMonth first, Instant since, Instant now, ZoneId zone) {
        Map<YearMonth, List<ConsentQueries.NoticeAge>> byIssue = new LinkedHashMap<>();
        for (int i = 0; i < MONTHS; i++) {
            byIssue.put(first.plusMonths(i), new ArrayList<>());
        }
        NoticeFilter filter = new NoticeFilter(false, null, null, null, since, null);
        for (int page = 0; ; page++) {
            Page<ConsentQueries.NoticeAge> found = consents.notices(filter, now, new PageParams(page, 500).pageable());
            for (ConsentQueries.NoticeAge n : found.getContent()) {
                List<ConsentQueries.NoticeAge> bucket =
                        byIssue.get(YearMonth.from(n.notice().getIssuedAt().atZone(zone)));
                if (bucket != null) {
                    bucket.add(n);
                }
            }
            if (!found.hasNext() || page > 200) {
                break;
            }
        }
        List<NoticeMonth> months = new ArrayList<>();
        byIssue.forEach((month, notices) -> {
            List<Double> hours = new ArrayList<>();
            int pending = 0;
            for (ConsentQueries.NoticeAge n : notices) {
                if (n.notice().isPending()) {
                    pending++;
                } else {
                    hours.add(n.notice().getTimeToAcknowledge().toSeconds() / 3600.0);
                }
            }
            months.add(new NoticeMonth(month, notices.size(), hours.size(), median(hours), pending));
        });
        return months;
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String oneDecimal(double value, Locale locale) {
        return String.format(locale, "%.1f", value);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
