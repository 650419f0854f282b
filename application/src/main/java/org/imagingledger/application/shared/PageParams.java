package org.imagingledger.application.shared;

import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.domain.shared.Violations;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * Which page of a list the caller asks for: {@code page} counts from 0, {@code size} is 1 to
 * {@value #MAX_SIZE} rows (default {@value #DEFAULT_SIZE}). Every list of the API and the pages
 * reads one page at a time and answers with the total.
 */
public record PageParams(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public static PageParams first() {
        return new PageParams(0, DEFAULT_SIZE);
    }

    /** Checks the parameters as the caller gave them (null: the default); refusals name the parameter. */
    public static PageParams of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        Violations.check()
                .when(p < 0, "page", ErrorCodes.NEGATIVE, "must not be negative")
                .when(
                        s < 1 || s > MAX_SIZE,
                        "size",
                        ErrorCodes.OUT_OF_RANGE,
                        "must be between 1 and " + MAX_SIZE,
                        1,
                        MAX_SIZE)
                .orReject();
        return new PageParams(p, s);
    }

    /**
     * For the pages, where a hand-edited address should not fail: a negative page is the first,
     * a size out of range the default (or the maximum when above it).
     */
    public static PageParams lenient(Integer page, Integer size) {
        int p = page == null || page < 0 ? 0 : page;
        int s = size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        return new PageParams(p, s);
    }

    public Pageable pageable() {
        return PageRequest.of(page, size);
    }
}
