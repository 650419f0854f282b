package org.imagingledger.projections;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.Locale;

/**
 * Pieces of the list filters, written once: text search and membership in an {@link IdList}
 * column, both as LIKE patterns with the user's text escaped (an id may hold '_', which LIKE
 * would read as "any character").
 */
public final class Specs {

    public static final char ESCAPE = '\\';

    private Specs() {}

    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The LIKE pattern matching an id anywhere in a comma-separated list wrapped in commas. */
    public static String listPattern(String id) {
        return "%," + escape(id) + ",%";
    }

    /** The id is one of the entries of the comma-separated column. */
    public static Predicate inList(CriteriaBuilder cb, Expression<String> column, String id) {
        Expression<String> wrapped = cb.concat(cb.concat(",", cb.coalesce(column, "")), ",");
        return cb.like(wrapped, listPattern(id), ESCAPE);
    }

    /** The column holds the text, ignoring case. */
    public static Predicate containsIgnoreCase(CriteriaBuilder cb, Expression<String> column, String text) {
        return cb.like(cb.lower(column), "%" + escape(text.toLowerCase(Locale.ROOT)) + "%", ESCAPE);
    }

    /** Blank filter text means "any". */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
