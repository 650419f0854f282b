package org.imagingledger.domain.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every broken input rule of one command, so that the caller learns all of them
 * at once instead of one per attempt.
 */
public final class Violations {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private final List<CommandRejected.Violation> found = new ArrayList<>();

    public static Violations check() {
        return new Violations();
    }

    public Violations add(String field, String rule) {
        found.add(new CommandRejected.Violation(field, rule));
        return this;
    }

    public Violations when(boolean broken, String field, String rule) {
        if (broken) {
            add(field, rule);
        }
        return this;
    }

    public Violations notBlank(String field, String value) {
        return when(value == null || value.isBlank(), field, "must not be blank");
    }

    public Violations maxLength(String field, String value, int max) {
        return when(value != null && value.length() > max, field, "must be at most " + max + " characters");
    }

    public Violations text(String field, String value, int max) {
        notBlank(field, value);
        return maxLength(field, value, max);
    }

    /** Pseudonymous identifiers: no spaces, no free text that could carry personal data. */
    public Violations identifier(String field, String value) {
        if (value == null || value.isBlank()) {
            return add(field, "must not be blank");
        }
        return when(!IDENTIFIER.matcher(value).matches(), field,
                "must be 1-128 letters, digits or . _ : - (a pseudonymous identifier)");
    }

    public Violations notNull(String field, Object value) {
        return when(value == null, field, "is required");
    }

    public Violations notEmpty(String field, Collection<?> values) {
        return when(values == null || values.isEmpty(), field, "must name at least one entry");
    }

    public Violations noDuplicates(String field, Collection<?> values) {
        return when(values != null && new HashSet<>(values).size() != values.size(), field, "must not repeat an entry");
    }

    public Violations identifiers(String field, Collection<String> values) {
        notEmpty(field, values);
        noDuplicates(field, values);
        if (values != null) {
            int i = 0;
            for (String value : values) {
                identifier(field + "[" + i++ + "]", value);
            }
        }
        return this;
    }

    public Violations positive(String field, long value) {
        return when(value <= 0, field, "must be greater than 0");
    }

    public Violations notNegative(String field, long value) {
        return when(value < 0, field, "must not be negative");
    }

    public Violations ordered(String fromField, Instant from, String untilField, Instant until) {
        notNull(fromField, from);
        notNull(untilField, until);
        return when(from != null && until != null && !until.isAfter(from), untilField,
                "must be after " + fromField);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Ends the command when a rule is broken: nothing is applied, nothing is stored. */
    public void orReject() {
        if (!found.isEmpty()) {
            String message = found.stream().map(v -> v.field() + ": " + v.rule())
                    .reduce((a, b) -> a + "; " + b).orElse("");
            throw new CommandRejected(CommandRejected.Kind.INVALID_INPUT, message, found);
        }
    }
}
