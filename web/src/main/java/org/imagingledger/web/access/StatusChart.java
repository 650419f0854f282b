package org.imagingledger.web.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imagingledger.domain.access.api.AccessRequestStatus;

/** The bars of the requests-per-status chart, laid out on the server so that the page needs no script. */
public final class StatusChart {

    static final int HEIGHT = 120;
    static final int BAR = 60;
    static final int GAP = 18;

    /** One bar: its status, count and SVG geometry (x, y of the top, height). */
    public record Bar(AccessRequestStatus status, long count, int x, int y, int height) {
    }

    private StatusChart() {
    }

    static List<Bar> bars(Map<AccessRequestStatus, Long> counts) {
        long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        int x = GAP;
        for (Map.Entry<AccessRequestStatus, Long> entry : counts.entrySet()) {
            int height = (int) Math.round((double) entry.getValue() * HEIGHT / max);
            bars.add(new Bar(entry.getKey(), entry.getValue(), x, 20 + HEIGHT - height, height));
            x += BAR + GAP;
        }
        return bars;
    }

    static int width(int bars) {
        return GAP + bars * (BAR + GAP);
    }
}
