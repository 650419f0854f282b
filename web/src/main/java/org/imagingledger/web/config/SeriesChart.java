package org.imagingledger.web.config;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart over time laid out on the server and drawn as inline SVG (fragments/chart :: series):
 * one column per period (a month, a day), each stacked from one or two values (allowed and
 * denied), labelled under the axis with the period and above the column with its value's text.
 * No script, no inline style: the colours are CSS classes.
 */
public record SeriesChart(int width, int height, List<Column> columns, int axisY, boolean empty) {

    static final int PLOT = 120;
    static final int TOP = 18;
    static final int LABELS = 30;

    /** One part of a column: its CSS class, its value and its geometry. */
    public record Part(String css, double value, int y, int height) {}

    /** One period: its label under the axis, the text above it, its parts from the bottom up. */
    public record Column(String label, String text, String title, int x, int width, List<Part> parts, int top) {

        public int middle() {
            return x + width / 2;
        }

        public int textY() {
            return top - 4;
        }
    }

    /** One period's values (one per series) and the text shown above its column. */
    public record Point(String label, double[] values, String text, String title) {}

    public static SeriesChart of(List<Point> points, List<String> seriesCss) {
        double max = 0;
        for (Point p : points) {
            double sum = 0;
            for (double v : p.values()) {
                sum += v;
            }
            max = Math.max(max, sum);
        }
        boolean empty = max == 0;
        max = Math.max(max, 1e-9);
        int n = Math.max(points.size(), 1);
        int slot = Math.max(14, Math.min(56, 720 / n));
        int bar = Math.max(8, slot - Math.max(4, slot / 4));
        List<Column> columns = new ArrayList<>();
        int x = 6;
        for (Point p : points) {
            List<Part> parts = new ArrayList<>();
            int base = TOP + PLOT;
            for (int s = 0; s < p.values().length; s++) {
                int h = (int) Math.round(p.values()[s] * PLOT / max);
                base -= h;
                parts.add(new Part(seriesCss.get(s), p.values()[s], base, h));
            }
            columns.add(new Column(p.label(), p.text(), p.title(), x, bar, parts, base));
            x += slot;
        }
        return new SeriesChart(x + 6, TOP + PLOT + LABELS, columns, TOP + PLOT, empty);
    }
}
