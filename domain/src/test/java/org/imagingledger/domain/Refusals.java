package org.imagingledger.domain;

import java.util.ArrayList;
import java.util.List;
import org.hamcrest.Description;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.CommandRejected.Kind;
import org.imagingledger.domain.shared.Violations;

/**
 * Asserts refusals by their stable parts (kind, code, field) instead of their English wording,
 * which may change without the API changing:
 * <pre>
 * .expectException(refused(Kind.INVALID_INPUT, "title", ErrorCodes.REQUIRED, "datasets", ErrorCodes.EMPTY))
 * .expectException(refused(Kind.INVALID_STATE, ErrorCodes.STATE_FORBIDS))
 * </pre>
 */
public final class Refusals {

    private Refusals() {}

    /** One broken rule of one field, as the tables of the validator tests write it. */
    public record FieldCode(String field, String code) {

        @Override
        public String toString() {
            return field + "=" + code;
        }
    }

    public static FieldCode pair(String field, String code) {
        return new FieldCode(field, code);
    }

    /** The (field, code) pairs of the violations, in order. */
    public static List<FieldCode> pairs(List<CommandRejected.Violation> violations) {
        return violations.stream().map(v -> new FieldCode(v.field(), v.code())).toList();
    }

    /** The (field, code) pairs the collected violations hold, in order. */
    public static List<FieldCode> pairs(Violations violations) {
        return pairs(violations.found());
    }

    /**
     * A {@link CommandRejected} of the given kind. With one string, that is its code and the
     * refusal must name no field (a refusal of state, of the actor, a missing target). With
     * field, code, field, code, …, those are its violations, exactly and in order; its code is
     * then the first violation's.
     */
    public static Matcher<Throwable> refused(Kind kind, String... codeOrFieldCodePairs) {
        if (codeOrFieldCodePairs.length == 1) {
            return new RefusalMatcher(kind, codeOrFieldCodePairs[0], List.of());
        }
        if (codeOrFieldCodePairs.length == 0 || codeOrFieldCodePairs.length % 2 != 0) {
            throw new IllegalArgumentException(
                    "give one code, or field and code pairs, not " + codeOrFieldCodePairs.length + " strings");
        }
        List<FieldCode> expected = new ArrayList<>();
        for (int i = 0; i < codeOrFieldCodePairs.length; i += 2) {
            expected.add(new FieldCode(codeOrFieldCodePairs[i], codeOrFieldCodePairs[i + 1]));
        }
        return new RefusalMatcher(kind, expected.get(0).code(), List.copyOf(expected));
    }

    /**
     * The arguments that the violation of the field carries for its code's sentence (the web
     * layer words {@code problem.<code>} with them), e.g. {@code violationArgs("reason", contains("2000"))}.
     */
    public static Matcher<Throwable> violationArgs(String field, Matcher<? super List<String>> args) {
        return new FeatureMatcher<Throwable, List<String>>(
                args, "arguments of the violation of " + field, "arguments") {
            @Override
            protected List<String> featureValueOf(Throwable actual) {
                return actual instanceof CommandRejected r
                        ? r.violations().stream()
                                .filter(v -> v.field().equals(field))
                                .findFirst()
                                .map(CommandRejected.Violation::args)
                                .orElse(null)
                        : null;
            }
        };
    }

    private static final class RefusalMatcher extends TypeSafeMatcher<Throwable> {

        private final Kind kind;
        private final String code;
        private final List<FieldCode> violations;

        RefusalMatcher(Kind kind, String code, List<FieldCode> violations) {
            this.kind = kind;
            this.code = code;
            this.violations = violations;
        }

        @Override
        protected boolean matchesSafely(Throwable item) {
            return item instanceof CommandRejected r
                    && r.kind() == kind
                    && code.equals(r.code())
                    && violations.equals(pairs(r.violations()));
        }

        @Override
        public void describeTo(Description description) {
            description.appendText("CommandRejected " + kind + " " + code + " " + violations);
        }

        @Override
        protected void describeMismatchSafely(Throwable item, Description description) {
            if (item instanceof CommandRejected r) {
                description.appendText("was CommandRejected " + r.kind() + " " + r.code() + " " + pairs(r.violations())
                        + " (\"" + r.getMessage() + "\")");
            } else {
                description.appendText("was " + item);
            }
        }
    }
}
