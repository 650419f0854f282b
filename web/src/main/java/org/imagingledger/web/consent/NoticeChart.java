package org.imagingledger.web.consent;

import java.util.ArrayList;
import java.util.List;
import org.imagingledger.projections.consent.ConsentQueries;

/**
 * The bars of the notices chart, laid out here so that the template only draws: one bar per
 * notice, its length the time it waited (to acknowledgement, or so far while pending).
 */
record NoticeChart(int width, int height, int labelWidth, List<Bar> bars, long pending, long acknowledged) {

    static final int MAX_BARS = 20;
    /**
     * Recipient ids longer than this are cut with an ellipsis: permit ids carry a UUID (43
     * characters) and would run into the bars; the full id stays in the bar's tooltip.
     */
    static final int MAX_LABEL = 24;

    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 240;
    private static final int ROW = 20;
    private static final int TEXT_ROOM = 90;

    /** One bar; the label is the recipient kind (a message key) and the recipient id, cut to fit. */
    record Bar(String kindKey, String recipientId, String shortId, boolean pending, int y, int length, Age age) {}

    static NoticeChart of(List<ConsentQueries.NoticeAge> notices) {
        List<ConsentQueries.NoticeAge> shown = notices.stream().limit(MAX_BARS).toList();
        long longest = Math.max(
                1, shown.stream().mapToLong(n -> n.age().toSeconds()).max().orElse(1));
        int room = WIDTH - LABEL_WIDTH - TEXT_ROOM;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            var n = shown.get(i);
            long seconds = n.age().toSeconds();
            int length = (int) Math.max(2, Math.round((double) seconds / longest * room));
            String id = n.notice().getRecipientId();
            bars.add(new Bar(
                    "notices.kind." + n.notice().getRecipientKind().name(),
                    id,
                    shorten(id),
                    n.notice().isPending(),
                    i * ROW + 4,
                    length,
                    Age.of(n.age())));
        }
        long pending = notices.stream().filter(n -> n.notice().isPending()).count();
        return new NoticeChart(
                WIDTH, Math.max(ROW, bars.size() * ROW + 8), LABEL_WIDTH, bars, pending, notices.size() - pending);
    }

    static String shorten(String id) {
        return id.length() <= MAX_LABEL ? id : id.substring(0, MAX_LABEL - 1) + "…";
    }
}
