package org.imagingledger.web.config;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.imagingledger.application.shared.PageParams;
import org.springframework.data.domain.Page;

/**
 * A list as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheets read the accents),
 * with the list's current filters: every page of the same query, in the same order. A cell that
 * a spreadsheet would run as a formula (starting with = + - @ or a tab) is written with a leading
 * apostrophe.
 */
public final class Csv {

    /** At most this many rows in one file; the last line says when the list was longer. */
    public static final int MAX_ROWS = 100_000;

    private static final int PAGE = 500;

    private Csv() {}

    /** Writes the header and every row of the query, page after page. */
    public static <T> void write(
            HttpServletResponse response,
            String fileName,
            List<String> header,
            Function<PageParams, Page<T>> query,
            Function<T, List<?>> row)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        line(out, header);
        int written = 0;
        for (int page = 0; ; page++) {
            Page<T> found = query.apply(new PageParams(page, PAGE));
            for (T item : found.getContent()) {
                if (written == MAX_ROWS) {
                    line(out, List.of("… " + (found.getTotalElements() - MAX_ROWS) + " more rows not written"));
                    out.flush();
                    return;
                }
                line(out, row.apply(item));
                written++;
            }
            if (!found.hasNext()) {
                break;
            }
        }
        out.flush();
    }

    static void line(Writer out, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** One cell: quoted when it holds a comma, quote or line break; a formula is defused. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof java.util.Collection<?> many
                ? String.join("; ", many.stream().map(String::valueOf).toList())
                : String.valueOf(value);
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
