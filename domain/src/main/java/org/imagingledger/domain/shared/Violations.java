package org.imagingledger.domain.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

import static org.imagingledger.domain.shared.ErrorCodes.DUPLICATE_ENTRY;
import static org.imagingledger.domain.shared.ErrorCodes.EMPTY;
import static org.imagingledger.domain.shared.ErrorCodes.NEGATIVE;
import static org.imagingledger.domain.shared.ErrorCodes.NOT_AFTER;
import static org.imagingledger.domain.shared.ErrorCodes.NOT_IDENTIFIER;
import static org.imagingledger.domain.shared.ErrorCodes.NOT_POSITIVE;
import static org.imagingledger.domain.shared.ErrorCodes.REQUIRED;
import static org.imagingledger.domain.shared.ErrorCodes.TOO_LONG;
import static org.imagingledger.domain.shared.ErrorCodes.TOO_MANY;

/**
 * Collects every broken input rule of one command, so that the caller learns all of them
 * at once instead of one per attempt. Each rule has a stable code ({@link ErrorCodes}).
 */
public final class Violations {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private final List<CommandRejected.Violation> found = new ArrayList<>();

    public static Violations check() {
        return new Violations();
    }

    public Violations add(String field, String code, String message, Object... args) {
        found.add(CommandRejected.Violation.of(field, code, message, args));
        return this;
    }

    public Violations when(boolean broken, String field, String code, String message, Object... args) {
        if (broken) {
            add(field, code, message, args);
        }
        return this;
    }

    public Violations required(String field, Object value) {
        return when(value == null, field, REQUIRED, "is required");
    }

    public Violations notBlank(String field, String value) {
        return when(value == null || value.isBlank(), field, REQUIRED, "is required");
    }

    /** Measured as stored: surrounding blanks are trimmed before a text is kept. */
    public Violations maxLength(String field, String value, int max) {
        return when(
                value != null && value.strip().length() > max,
                field,
                TOO_LONG,
                "must be at most " + max + " characters",
                max);
    }

    public Violations text(String field, String value, int max) {
        notBlank(field, value);
        return maxLength(field, value, max);
    }

    /** An optional text: blank is fine, too long is not. */
    public Violations optionalText(String field, String value, int max) {
        return maxLength(field, value, max);
    }

    /** Pseudonymous identifiers: no spaces, no free text that could carry personal data. */
    public Violations identifier(String field, String value) {
        if (value == null || value.isBlank()) {
            return add(field, REQUIRED, "is required");
        }
        return when(
                !IDENTIFIER.matcher(value).matches(),
                field,
                NOT_IDENTIFIER,
                "must be 1-128 letters, digits or . _ : - (a pseudonymous identifier)");
    }

    public Violations notNull(String field, Object value) {
        return required(field, value);
    }

    public Violations notEmpty(String field, Collection<?> values) {
        return when(values == null || values.isEmpty(), field, EMPTY, "must name at least one entry");
    }

    public Violations maxSize(String field, Collection<?> values, int max) {
        return when(
                values != null && values.size() > max, field, TOO_MANY, "must hold at most " + max + " entries", max);
    }

    public Violations noDuplicates(String field, Collection<?> values) {
        return when(
                values != null && new HashSet<>(values).size() != values.size(),
                field,
                DUPLICATE_ENTRY,
                "must not repeat an entry");
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
        return when(value <= 0, field, NOT_POSITIVE, "must be greater than 0");
    }

    public Violations notNegative(String field, long value) {
        return when(value < 0, field, NEGATIVE, "must not be negative");
    }

    public Violations ordered(String fromField, Instant from, String untilField, Instant until) {
        notNull(fromField, from);
        notNull(untilField, until);
        return when(
                from != null && until != null && !until.isAfter(from),
                untilField,
                NOT_AFTER,
                "must be after " + fromField,
                fromField);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<CommandRejected.Violation> found() {
        return List.copyOf(found);
    }

    /** Ends the command when a rule is broken: nothing is applied, nothing is stored. */
    public void orReject() {
        if (!found.isEmpty()) {
            String message = found.stream()
                    .map(v -> v.field() + ": " + v.message())
                    .reduce((a, b) -> a + "; " + b)
                    .orElse("");
            throw new CommandRejected(
                    CommandRejected.Kind.INVALID_INPUT, found.get(0).code(), List.of(), message, found);
        }
    }
}
