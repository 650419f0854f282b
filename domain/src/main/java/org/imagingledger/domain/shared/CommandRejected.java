package org.imagingledger.domain.shared;

import java.util.List;

/**
 * Thrown by a command handler before any event is applied. The kind tells the caller
 * whether the input was wrong, the target is missing, or the target's state forbids it.
 */
public class CommandRejected extends RuntimeException {

    /**
     * INVALID_INPUT: a field breaks a rule (HTTP 400). UNPROCESSABLE: well-formed, but it names
     * something that cannot be used, such as a retired dataset (422). NOT_FOUND: the target is
     * missing (404). INVALID_STATE: the target's state forbids it now (409). FORBIDDEN: the
     * actor may not do this to this target (403).
     */
    public enum Kind { INVALID_INPUT, UNPROCESSABLE, NOT_FOUND, INVALID_STATE, FORBIDDEN }

    private final Kind kind;
    private final List<Violation> violations;

    public CommandRejected(Kind kind, String message, List<Violation> violations) {
        super(message);
        this.kind = kind;
        this.violations = List.copyOf(violations);
    }

    public static CommandRejected invalid(String field, String rule) {
        return new CommandRejected(Kind.INVALID_INPUT, field + ": " + rule, List.of(new Violation(field, rule)));
    }

    public static CommandRejected unprocessable(String field, String rule) {
        return new CommandRejected(Kind.UNPROCESSABLE, field + ": " + rule, List.of(new Violation(field, rule)));
    }

    public static CommandRejected state(String message) {
        return new CommandRejected(Kind.INVALID_STATE, message, List.of());
    }

    public static CommandRejected notFound(String what, String id) {
        return new CommandRejected(Kind.NOT_FOUND, what + " " + id + " does not exist", List.of());
    }

    public static CommandRejected forbidden(String message) {
        return new CommandRejected(Kind.FORBIDDEN, message, List.of());
    }

    public Kind kind() {
        return kind;
    }

    public List<Violation> violations() {
        return violations;
    }

    public record Violation(String field, String rule) {
    }
}
