package org.imagingledger.web.config;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/**
 * One page of a list, as every list endpoint answers: the rows, which page ({@code page} counts
 * from 0), its size and the total number of rows that match.
 */
public record PageDto<T>(List<T> items, int page, int size, long total) {

    public static <V, T> PageDto<T> of(Page<V> page, Function<V, T> row) {
        return new PageDto<>(
                page.getContent().stream().map(row).toList(),
                page.getNumber(),
                page.getSize(),
                page.getTotalElements());
    }

    public static <T> PageDto<T> of(Page<T> page) {
        return new PageDto<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
    }
}
