package org.imagingledger.web.config;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Links the pages build from the current request ({@code ${@links.csv()}}). */
@Component("links")
public class Links {

    /** The list as CSV: the same path with ".csv", the same filters, every page. */
    public String csv() {
        return csv(null);
    }

    /** The CSV of a list at another path (a page showing several lists), with the current filters. */
    public String csv(String path) {
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        String base = path != null ? request.getContextPath() + path : request.getRequestURI();
        return UriComponentsBuilder.fromPath(base + ".csv")
                .query(request.getQueryString())
                .replaceQueryParam("page")
                .replaceQueryParam("lang")
                .build()
                .toUriString();
    }
}
