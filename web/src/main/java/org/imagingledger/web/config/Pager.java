package org.imagingledger.web.config;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a list page shows under its table: which rows of how many, and links to the previous
 * and next page that keep the page's filters. {@code param} names the page parameter, so that
 * a page with two lists pages each on its own.
 */
public record Pager(int page, int size, long total, String previous, String next) {

    public static Pager of(Page<?> page) {
        return of(page, "page");
    }

    public static Pager of(Page<?> page, String param) {
        return new Pager(
                page.getNumber(),
                page.getSize(),
                page.getTotalElements(),
                page.hasPrevious() ? link(param, page.getNumber() - 1) : null,
                page.hasNext() ? link(param, page.getNumber() + 1) : null);
    }

    /** The number of the first row shown (1-based), 0 when there are none. */
    public long from() {
        return total == 0 ? 0 : (long) page * size + 1;
    }

    public long to() {
        return Math.min(total, (long) (page + 1) * size);
    }

    /** More rows than one page: the pager is worth showing. */
    public boolean isPaged() {
        return total > size || page > 0;
    }

    private static String link(String param, int target) {
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam(param, target)
                .build()
                .toUriString();
    }
}
