package org.imagingledger.domain.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.imagingledger.domain.Refusals.FieldCode;
import org.imagingledger.domain.shared.CommandRejected.Kind;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.imagingledger.domain.Refusals.pair;
import static org.imagingledger.domain.Refusals.pairs;
import static org.imagingledger.domain.shared.ErrorCodes.DUPLICATE_ENTRY;
import static org.imagingledger.domain.shared.ErrorCodes.EMPTY;
import static org.imagingledger.domain.shared.ErrorCodes.NEGATIVE;
import static org.imagingledger.domain.shared.ErrorCodes.NOT_AFTER;
import static org.imagingledger.domain.shared.ErrorCodes.NOT_IDENTIFIER;
import static org.imagingledger.domain.shared.ErrorCodes.NOT_POSITIVE;
import static org.imagingledger.domain.shared.ErrorCodes.REQUIRED;
import static org.imagingledger.domain.shared.ErrorCodes.TOO_LONG;
import static org.imagingledger.domain.shared.ErrorCodes.TOO_MANY;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The input rules every command shares. Each row is an input and the (field, code) pairs it
 * breaks, in order; no pairs means the input is accepted.
 */
class ViolationsTest {

    private static final String F = "f";
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");

    private static List<FieldCode> broken(String... fieldCodePairs) {
        List<FieldCode> expected = new ArrayList<>();
        for (int i = 0; i < fieldCodePairs.length; i += 2) {
            expected.add(pair(fieldCodePairs[i], fieldCodePairs[i + 1]));
        }
        return List.copyOf(expected);
    }

    private static List<FieldCode> accepted() {
        return List.of();
    }

    /** Names a long or odd input in the report instead of printing it. */
    private static <T> Named<T> input(String name, T value) {
        return Named.of(name, value);
    }

    static Stream<Arguments> identifiers() {
        return Stream.of(
                arguments(input("null", null), broken(F, REQUIRED)),
                arguments(input("empty", ""), broken(F, REQUIRED)),
                arguments(input("blank", "   "), broken(F, REQUIRED)),
                arguments(input("inner space", "rita researcher"), broken(F, NOT_IDENTIFIER)),
                arguments(input("leading space", " rita"), broken(F, NOT_IDENTIFIER)),
                arguments(input("trailing newline", "rita\n"), broken(F, NOT_IDENTIFIER)),
                arguments(input("one character", "r"), accepted()),
                arguments(input("128 characters", "a".repeat(128)), accepted()),
                arguments(input("129 characters", "a".repeat(129)), broken(F, NOT_IDENTIFIER)),
                arguments(input("allowed punctuation . _ : -", "node:it_1.a-b"), accepted()),
                arguments(input("digits first", "0042"), accepted()),
                arguments(input("starts with punctuation", "-rita"), broken(F, NOT_IDENTIFIER)),
                arguments(input("starts with a dot", ".rita"), broken(F, NOT_IDENTIFIER)),
                arguments(input("e-mail address", "rita@example.org"), broken(F, NOT_IDENTIFIER)),
                arguments(input("slash", "node/it"), broken(F, NOT_IDENTIFIER)),
                arguments(input("tilde", "cs-1~NODE~node-it-1"), broken(F, NOT_IDENTIFIER)),
                arguments(input("non-ASCII letter", "andré"), broken(F, NOT_IDENTIFIER)));
    }

    @ParameterizedTest(name = "identifier {0} -> {1}")
    @MethodSource("identifiers")
    void identifier(String value, List<FieldCode> expected) {
        assertThat(pairs(Violations.check().identifier(F, value))).isEqualTo(expected);
    }

    static Stream<Arguments> identifierLists() {
        return Stream.of(
                arguments(input("null", null), broken(F, EMPTY)),
                arguments(input("none", List.of()), broken(F, EMPTY)),
                arguments(input("two", List.of("ds-1", "ds-2")), accepted()),
                arguments(input("repeated", List.of("ds-1", "ds-1")), broken(F, DUPLICATE_ENTRY)),
                arguments(
                        input("bad entries", Arrays.asList("ds-1", "ds 2", null)),
                        broken(F + "[1]", NOT_IDENTIFIER, F + "[2]", REQUIRED)));
    }

    @ParameterizedTest(name = "identifiers {0} -> {1}")
    @MethodSource("identifierLists")
    void identifiers(List<String> values, List<FieldCode> expected) {
        assertThat(pairs(Violations.check().identifiers(F, values))).isEqualTo(expected);
    }

    /** Every shared text limit: at the limit is accepted, one over is too long. */
    static Stream<Arguments> limits() {
        return Stream.of(
                        limit("REASON", Limits.REASON),
                        limit("COMMENT", Limits.COMMENT),
                        limit("CONDITION", Limits.CONDITION),
                        limit("TITLE", Limits.TITLE),
                        limit("SUMMARY", Limits.SUMMARY),
                        limit("NAME", Limits.NAME),
                        limit("NOTE", Limits.NOTE),
                        limit("TOOL", Limits.TOOL),
                        limit("TOOL_VERSION", Limits.TOOL_VERSION),
                        limit("CHECKPOINT_TEXT", Limits.CHECKPOINT_TEXT))
                .flatMap(l -> Stream.of(
                        arguments(l, input("at the limit", "x".repeat(l.getPayload())), accepted()),
                        arguments(l, input("one over", "x".repeat(l.getPayload() + 1)), broken(F, TOO_LONG))));
    }

    private static Named<Integer> limit(String name, int max) {
        return Named.of(name + " " + max, max);
    }

    @ParameterizedTest(name = "text within {0}: {1} -> {2}")
    @MethodSource("limits")
    void textAtAndOverEachLimit(int max, String value, List<FieldCode> expected) {
        assertThat(pairs(Violations.check().text(F, value, max))).isEqualTo(expected);
        assertThat(pairs(Violations.check().maxLength(F, value, max))).isEqualTo(expected);
    }

    static Stream<Arguments> texts() {
        int max = Limits.REASON;
        return Stream.of(
                arguments(input("null", null), broken(F, REQUIRED), accepted()),
                arguments(input("empty", ""), broken(F, REQUIRED), accepted()),
                arguments(input("blank", " \t "), broken(F, REQUIRED), accepted()),
                arguments(input("short", "consent basis ended"), accepted(), accepted()),
                arguments(input("blank and one over", " ".repeat(max + 1)), broken(F, REQUIRED), accepted()),
                arguments(input("padded, fits once trimmed", " " + "x".repeat(max) + " "), accepted(), accepted()),
                arguments(input("one over", "x".repeat(max + 1)), broken(F, TOO_LONG), broken(F, TOO_LONG)));
    }

    /** A required text against its optional form (blank is fine, too long is not), within Limits.REASON. */
    @ParameterizedTest(name = "text {0} -> {1}, optional -> {2}")
    @MethodSource("texts")
    void requiredAndOptionalText(String value, List<FieldCode> required, List<FieldCode> optional) {
        assertThat(pairs(Violations.check().text(F, value, Limits.REASON))).isEqualTo(required);
        assertThat(pairs(Violations.check().optionalText(F, value, Limits.REASON)))
                .isEqualTo(optional);
    }

    static Stream<Arguments> lists() {
        return Stream.of(
                arguments(input("null", null), broken(F, EMPTY), accepted()),
                arguments(input("none", List.of()), broken(F, EMPTY), accepted()),
                arguments(input("one", List.of("a")), accepted(), accepted()),
                arguments(input("distinct", List.of("a", "b", "c")), accepted(), accepted()),
                arguments(input("repeated", List.of("a", "b", "a")), accepted(), broken(F, DUPLICATE_ENTRY)),
                arguments(input("differing in case", List.of("a", "A")), accepted(), accepted()),
                arguments(input("two nulls", Arrays.asList(null, null)), accepted(), broken(F, DUPLICATE_ENTRY)));
    }

    @ParameterizedTest(name = "{0}: notEmpty -> {1}, noDuplicates -> {2}")
    @MethodSource("lists")
    void notEmptyAndNoDuplicates(List<String> values, List<FieldCode> notEmpty, List<FieldCode> noDuplicates) {
        assertThat(pairs(Violations.check().notEmpty(F, values))).isEqualTo(notEmpty);
        assertThat(pairs(Violations.check().noDuplicates(F, values))).isEqualTo(noDuplicates);
    }

    static Stream<Arguments> sizes() {
        return Stream.of(
                arguments(input("null", null), accepted()),
                arguments(input("none", List.of()), accepted()),
                arguments(input("CONDITIONS entries", Collections.nCopies(Limits.CONDITIONS, "c")), accepted()),
                arguments(
                        input("CONDITIONS + 1 entries", Collections.nCopies(Limits.CONDITIONS + 1, "c")),
                        broken(F, TOO_MANY)));
    }

    @ParameterizedTest(name = "maxSize {0} -> {1}")
    @MethodSource("sizes")
    void maxSize(List<String> values, List<FieldCode> expected) {
        assertThat(pairs(Violations.check().maxSize(F, values, Limits.CONDITIONS)))
                .isEqualTo(expected);
    }

    static Stream<Arguments> periods() {
        return Stream.of(
                arguments(input("from before until", T), T.plusSeconds(1), accepted()),
                arguments(input("equal instants", T), T, broken("until", NOT_AFTER)),
                arguments(input("reversed", T), T.minusSeconds(1), broken("until", NOT_AFTER)),
                arguments(input("no from", null), T, broken("from", REQUIRED)),
                arguments(input("no until", T), null, broken("until", REQUIRED)),
                arguments(input("neither", null), null, broken("from", REQUIRED, "until", REQUIRED)));
    }

    @ParameterizedTest(name = "ordered {0} -> {2}")
    @MethodSource("periods")
    void ordered(Instant from, Instant until, List<FieldCode> expected) {
        assertThat(pairs(Violations.check().ordered("from", from, "until", until)))
                .isEqualTo(expected);
    }

    static Stream<Arguments> numbers() {
        return Stream.of(
                arguments(Long.MIN_VALUE, broken(F, NOT_POSITIVE), broken(F, NEGATIVE)),
                arguments(-1L, broken(F, NOT_POSITIVE), broken(F, NEGATIVE)),
                arguments(0L, broken(F, NOT_POSITIVE), accepted()),
                arguments(1L, accepted(), accepted()),
                arguments(Long.MAX_VALUE, accepted(), accepted()));
    }

    @ParameterizedTest(name = "{0}: positive -> {1}, notNegative -> {2}")
    @MethodSource("numbers")
    void positiveAndNotNegative(long value, List<FieldCode> positive, List<FieldCode> notNegative) {
        assertThat(pairs(Violations.check().positive(F, value))).isEqualTo(positive);
        assertThat(pairs(Violations.check().notNegative(F, value))).isEqualTo(notNegative);
    }

    static Stream<Arguments> presence() {
        return Stream.of(
                arguments(input("null", null), broken(F, REQUIRED), broken(F, REQUIRED)),
                arguments(input("blank", " "), accepted(), broken(F, REQUIRED)),
                arguments(input("text", "x"), accepted(), accepted()));
    }

    @ParameterizedTest(name = "{0}: notNull -> {1}, notBlank -> {2}")
    @MethodSource("presence")
    void notNullAndNotBlank(String value, List<FieldCode> notNull, List<FieldCode> notBlank) {
        assertThat(pairs(Violations.check().notNull(F, value))).isEqualTo(notNull);
        assertThat(pairs(Violations.check().required(F, value))).isEqualTo(notNull);
        assertThat(pairs(Violations.check().notBlank(F, value))).isEqualTo(notBlank);
    }

    @Test
    void nothingBrokenRejectsNothing() {
        Violations violations =
                Violations.check().identifier("actor", "rita.researcher").notNull("at", T);
        assertThat(violations.isEmpty()).isTrue();
        assertThatCode(violations::orReject).doesNotThrowAnyException();
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceInOrderWithTheFirstOnesCode() {
        Violations violations = Violations.check()
                .identifier("actor", "rita researcher")
                .notNull("at", null)
                .text("reason", "x".repeat(Limits.REASON + 1), Limits.REASON);
        CommandRejected rejected = catchThrowableOfType(CommandRejected.class, violations::orReject);
        assertThat(rejected.kind()).isEqualTo(Kind.INVALID_INPUT);
        assertThat(rejected.code()).isEqualTo(NOT_IDENTIFIER);
        assertThat(pairs(rejected.violations()))
                .containsExactly(pair("actor", NOT_IDENTIFIER), pair("at", REQUIRED), pair("reason", TOO_LONG));
    }

    @Test
    void rulesWithAnArgumentCarryIt() {
        Violations violations = Violations.check()
                .maxLength("reason", "x".repeat(Limits.REASON + 1), Limits.REASON)
                .maxSize("conditions", Collections.nCopies(Limits.CONDITIONS + 1, "c"), Limits.CONDITIONS)
                .ordered("validFrom", T, "validUntil", T);
        assertThat(violations.found())
                .extracting(CommandRejected.Violation::args)
                .containsExactly(
                        List.of(String.valueOf(Limits.REASON)),
                        List.of(String.valueOf(Limits.CONDITIONS)),
                        List.of("validFrom"));
    }
}
