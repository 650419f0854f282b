package org.imagingledger.projections;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Every list of the views is read a page at a time in a stable order: the list's own sort,
 * ended by the row's id so that rows with equal sort keys never swap between pages.
 */
public final class Paging {

    private Paging() {}

    public static Pageable sorted(Pageable page, Sort sort) {
        return PageRequest.of(page.getPageNumber(), page.getPageSize(), sort);
    }
}
