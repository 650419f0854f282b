package org.imagingledger.domain.shared;

import java.util.List;

/**
 * Thrown by a command handler before any event is applied. The kind tells the caller whether
 * the input was wrong, the target is missing, or the target's state forbids it; the code says
 * which rule, in a form clients can act on (stable, lower_snake_case), and the arguments fill
 * the rule's sentence, which the web layer words in the caller's language. The English message
 * is for logs and for callers without a translation.
 */
public class CommandRejected extends RuntimeException {

    /**
     * INVALID_INPUT: a field breaks a rule (HTTP 400). UNPROCESSABLE: well-formed, but it names
     * something that cannot be used, such as a retired dataset (422). NOT_FOUND: the target is
     * missing (404). INVALID_STATE: the target's state forbids it now (409). FORBIDDEN: the
     * actor may not do this to this target (403). TOO_LARGE: the content is over the configured
     * size limit (413).
     */
    public enum Kind {
        INVALID_INPUT,
        UNPROCESSABLE,
        NOT_FOUND,
        INVALID_STATE,
        FORBIDDEN,
        TOO_LARGE
    }

    private final Kind kind;
    private final String code;
    private final List<String> args;
    private final List<Violation> violations;

    public CommandRejected(Kind kind, String code, List<String> args, String message, List<Violation> violations) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.args = List.copyOf(args);
        this.violations = List.copyOf(violations);
    }

    /** A field breaks a rule (400). */
    public static CommandRejected invalid(String field, String code, String message, Object... args) {
        Violation v = Violation.of(field, code, message, args);
        return new CommandRejected(Kind.INVALID_INPUT, code, v.args(), field + ": " + message, List.of(v));
    }

    /** A field names something that cannot be used (422). */
    public static CommandRejected unprocessable(String field, String code, String message, Object... args) {
        Violation v = Violation.of(field, code, message, args);
        return new CommandRejected(Kind.UNPROCESSABLE, code, v.args(), field + ": " + message, List.of(v));
    }

    /** The target's state forbids it now (409). */
    public static CommandRejected state(String code, String message, Object... args) {
        return new CommandRejected(Kind.INVALID_STATE, code, Violation.strings(args), message, List.of());
    }

    /** The id is taken (409), recognised by the caller from the store's refusal. */
    public static CommandRejected duplicate(String field, String id) {
        Violation v = Violation.of(field, ErrorCodes.ID_TAKEN, "is already taken", id);
        return new CommandRejected(
                Kind.INVALID_STATE, ErrorCodes.ID_TAKEN, v.args(), "the id " + id + " is already taken", List.of(v));
    }

    public static CommandRejected notFound(String what, String id) {
        return new CommandRejected(
                Kind.NOT_FOUND,
                ErrorCodes.NOT_FOUND,
                List.of(what, String.valueOf(id)),
                what + " " + id + " does not exist",
                List.of());
    }

    /** The actor may not do this to this target (403). */
    public static CommandRejected forbidden(String code, String message, Object... args) {
        return new CommandRejected(Kind.FORBIDDEN, code, Violation.strings(args), message, List.of());
    }

    /**
     * The actor may not name this in this field (403): the named person's role or involvement
     * forbids it, e.g. a team member who is not a registered researcher.
     */
    public static CommandRejected forbiddenField(String field, String code, String message, Object... args) {
        Violation v = Violation.of(field, code, message, args);
        return new CommandRejected(Kind.FORBIDDEN, code, v.args(), field + ": " + message, List.of(v));
    }

    /** The content is larger than the limit (413). */
    public static CommandRejected tooLarge(String field, String code, String message, Object... args) {
        Violation v = Violation.of(field, code, message, args);
        return new CommandRejected(Kind.TOO_LARGE, code, v.args(), field + ": " + message, List.of(v));
    }

    public Kind kind() {
        return kind;
    }

    /** The rule broken, e.g. {@code state_forbids}; for several field violations, the first one's. */
    public String code() {
        return code;
    }

    public List<String> args() {
        return args;
    }

    public List<Violation> violations() {
        return violations;
    }

    /**
     * One broken rule of one field: {@code field} as the caller sent it (a JSON path such as
     * {@code purpose.codes[1]}), a stable {@code code}, the English sentence and its arguments.
     */
    public record Violation(String field, String code, String message, List<String> args) {

        public Violation {
            args = List.copyOf(args);
        }

        public static Violation of(String field, String code, String message, Object... args) {
            return new Violation(field, code, message, strings(args));
        }

        static List<String> strings(Object... args) {
            return args == null
                    ? List.of()
                    : java.util.Arrays.stream(args).map(String::valueOf).toList();
        }
    }
}
