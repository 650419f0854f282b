package org.imagingledger.web.config;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/** One page of a list already read whole (a node's webhook endpoints, the trends' months). */
public final class PagedList {

    private PagedList() {}

    public static <T> Page<T> of(List<T> all, Pageable pageable) {
        int from = (int) Math.min(all.size(), pageable.getOffset());
        int to = Math.min(all.size(), from + pageable.getPageSize());
        return new PageImpl<>(all.subList(from, to), pageable, all.size());
    }
}
