package org.imagingledger.web.trends;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.imagingledger.web.config.Csv;
import org.imagingledger.web.config.PagedList;
import org.imagingledger.web.security.Allowed;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Trends over time for the oversight side, as server-drawn charts, and their figures as CSV. */
@Controller
class TrendsController {

    private final Trends trends;
    private final MessageSource messages;

    TrendsController(Trends trends, MessageSource messages) {
        this.trends = trends;
        this.messages = messages;
    }

    @GetMapping("/trends")
    @PreAuthorize(Allowed.OVERSIGHT)
    String trends(Model model) {
        model.addAttribute("t", trends.charts());
        model.addAttribute("months", Trends.MONTHS);
        model.addAttribute("days", Trends.DAYS);
        return "trends/index";
    }

    /** The monthly figures behind the request and notice charts. */
    @GetMapping("/trends.csv")
    @PreAuthorize(Allowed.OVERSIGHT)
    void csv(HttpServletResponse response) throws IOException {
        Trends.Charts charts = trends.charts();
        Locale locale = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < charts.months().size(); i++) {
            Trends.Month m = charts.months().get(i);
            Trends.NoticeMonth n = charts.notices().get(i);
            rows.add(List.of(
                    m.month().toString(),
                    m.submitted(),
                    m.decided(),
                    round(m.medianDaysToDecision()),
                    m.late(),
                    round(m.lateShare() * 100),
                    n.issued(),
                    n.acknowledged(),
                    round(n.medianHoursToAcknowledge()),
                    n.pending()));
        }
        Csv.write(
                response,
                "trends.csv",
                List.of(
                        text("trends.csv.month", locale),
                        text("trends.csv.submitted", locale),
                        text("trends.csv.decided", locale),
                        text("trends.csv.medianDays", locale),
                        text("trends.csv.late", locale),
                        text("trends.csv.latePercent", locale),
                        text("trends.csv.notices", locale),
                        text("trends.csv.acknowledged", locale),
                        text("trends.csv.medianHours", locale),
                        text("trends.csv.pending", locale)),
                params -> PagedList.of(rows, params.pageable()),
                row -> row);
    }

    private static String round(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
