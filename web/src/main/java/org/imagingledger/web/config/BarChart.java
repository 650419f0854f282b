package org.imagingledger.web.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small vertical bar chart laid out on the server, so that a page draws it as inline SVG
 * (fragments/chart) and needs no script. Each bar is labelled by a message key, so that each
 * language words it itself, and carries a CSS class (a status name) that colours it.
 */
public record BarChart(int width, int height, List<Bar> bars) {

    static final int PLOT = 120;
    static final int TOP = 20;
    static final int BAR = 60;
    static final int GAP = 22;
    static final int LABELS = 35;

    /** One bar: its label's message key, CSS class, count and geometry (x, y of the top, height). */
    public record Bar(String labelKey, String css, long count, int x, int y, int height) {

        public int width() {
            return BAR;
        }

        public int middle() {
            return x + BAR / 2;
        }

        /** The baseline of the count above the bar and of the label under the plot. */
        public int countY() {
            return y - 4;
        }

        public int labelY() {
            return TOP + PLOT + 18;
        }
    }

    /** One bar per entry, in the map's order; the label key is the prefix and the value's name. */
    public static BarChart of(Map<? extends Enum<?>, Long> counts, String labelPrefix) {
        long max = Math.max(
                1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        int x = GAP / 2;
        for (Map.Entry<? extends Enum<?>, Long> entry : counts.entrySet()) {
            int height = (int) Math.round((double) entry.getValue() * PLOT / max);
            bars.add(new Bar(
                    labelPrefix + entry.getKey().name(),
                    entry.getKey().name(),
                    entry.getValue(),
                    x,
                    TOP + PLOT - height,
                    height));
            x += BAR + GAP;
        }
        return new BarChart(x - GAP / 2, TOP + PLOT + LABELS, List.copyOf(bars));
    }
}
