package org.imagingledger.web.arch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.imagingledger.domain.shared.ErrorCodes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message bundle has its translation with the same keys, and every error code is worded
 * in every language: read from the files themselves, no browser needed.
 */
class MessageCompletenessTest {

    private static final Path BUNDLES = Path.of("src/main/resources/messages");
    private static final List<String> LANGUAGES = List.of("it");

    @Test
    void everyBundleHasTheSameKeysInEveryLanguage() throws IOException {
        List<String> mismatches = new ArrayList<>();
        for (Path english : englishBundles()) {
            Set<String> keys = keys(english);
            assertThat(keys).as(english.toString()).isNotEmpty();
            for (String language : LANGUAGES) {
                Path translated = english.resolveSibling(
                        english.getFileName().toString().replace(".properties", "_" + language + ".properties"));
                assertThat(translated).as("translation of " + english).exists();
                Set<String> other = keys(translated);
                diff(english, keys, other, mismatches, "missing in " + translated.getFileName());
                diff(translated, other, keys, mismatches, "missing in " + english.getFileName());
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyErrorCodeIsWordedInEveryLanguage() throws Exception {
        Set<String> codes = new TreeSet<>();
        for (Field field : ErrorCodes.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                codes.add((String) field.get(null));
            }
        }
        assertThat(codes).hasSizeGreaterThan(20);
        for (String bundle : List.of("problems.properties", "problems_it.properties")) {
            Set<String> keys = keys(BUNDLES.resolve(bundle));
            List<String> missing =
                    codes.stream().filter(c -> !keys.contains("problem." + c)).toList();
            assertThat(missing).as("codes without a sentence in " + bundle).isEmpty();
        }
    }

    /**
     * Every code the pages word has its sentence in every language: the policy's reason codes
     * (read from the Rego sources), every DUO term and Mondo disease the ledger ships, every
     * operation, every event type of the domain (its timeline sentence), every permit state and
     * every request status.
     */
    @Test
    void everyCodeThePagesWordHasItsKeyInEveryLanguage() throws Exception {
        Set<String> needed = new TreeSet<>();
        for (String code : policyReasonCodes()) {
            needed.add("policy.reason." + code);
        }
        for (String code : List.of(
                "NO_CONSENT",
                "CONSENT_WITHDRAWN",
                "CONSENT_EXPIRED",
                "CONSENT_DATASET_NOT_COVERED",
                "CONSENT_PURPOSE_NOT_COVERED")) {
            needed.add("policy.exclusion." + code);
        }
        needed.add("policy.obligation.EXCLUDE_SUBJECTS");
        needed.add("policy.obligation.PERMIT_CONDITION");
        for (org.imagingledger.domain.shared.DuoTerm term : org.imagingledger.domain.shared.DuoTerms.all()) {
            needed.add("duo." + term.id().replace(':', '_'));
            needed.add("duo." + term.id().replace(':', '_') + ".definition");
        }
        for (org.imagingledger.domain.shared.MondoTerms.Term term : org.imagingledger.domain.shared.MondoTerms.all()) {
            needed.add("mondo." + term.id().replace(':', '_'));
        }
        for (org.imagingledger.domain.shared.Operation operation : org.imagingledger.domain.shared.Operation.values()) {
            needed.add("access.operation." + operation.name());
            needed.add("permits.operation." + operation.name());
        }
        for (String event : eventTypes()) {
            needed.add("event." + event);
        }
        for (org.imagingledger.projections.permit.PermitState state :
                org.imagingledger.projections.permit.PermitState.values()) {
            needed.add("permits.status." + state.name());
        }
        for (org.imagingledger.domain.access.api.AccessRequestStatus status :
                org.imagingledger.domain.access.api.AccessRequestStatus.values()) {
            needed.add("access.status." + status.name());
        }
        for (org.imagingledger.domain.permit.api.FlagReason flag :
                org.imagingledger.domain.permit.api.FlagReason.values()) {
            needed.add("permits.flag." + flag.name());
        }
        assertThat(eventTypes()).hasSizeGreaterThan(40);
        assertThat(policyReasonCodes())
                .hasSizeGreaterThan(25)
                .contains("PERMIT_NOT_YET_VALID", "DUO_NOT_HEALTH_RESEARCH");
        for (String suffix : List.of(".properties", "_it.properties")) {
            Set<String> keys = new TreeSet<>();
            for (Path english : englishBundles()) {
                keys.addAll(keys(
                        english.resolveSibling(english.getFileName().toString().replace(".properties", suffix))));
            }
            List<String> missing =
                    needed.stream().filter(k -> !keys.contains(k)).toList();
            assertThat(missing)
                    .as("keys missing in the *" + suffix + " bundles")
                    .isEmpty();
        }
    }

    /**
     * Spring's message source formats a message only when it has arguments: a sentence with
     * arguments writes an apostrophe as two, one without as one. A slip shows as '' or a lost
     * argument on a page.
     */
    @Test
    void apostrophesAreWrittenAsTheMessageSourceReadsThem() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path english : englishBundles()) {
            for (Path file : List.of(
                    english,
                    english.resolveSibling(
                            english.getFileName().toString().replace(".properties", "_it.properties")))) {
                Properties properties = load(file);
                for (String key : properties.stringPropertyNames()) {
                    String value = properties.getProperty(key);
                    boolean arguments = value.matches("(?s).*\\{\\d.*");
                    if (arguments && value.matches("(?s).*(?<!')'(?!').*")) {
                        wrong.add(file.getFileName() + ": " + key + " has arguments and a single apostrophe");
                    }
                    if (!arguments && value.contains("''")) {
                        wrong.add(file.getFileName() + ": " + key + " has no arguments and a doubled apostrophe");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The reason codes of the policy: keys of its reason_messages and every "deny contains" code. */
    private static Set<String> policyReasonCodes() throws IOException {
        Set<String> codes = new TreeSet<>();
        java.util.regex.Pattern message =
                java.util.regex.Pattern.compile("^\\s*\"([A-Z][A-Z_]+)\": \"", java.util.regex.Pattern.MULTILINE);
        java.util.regex.Pattern deny = java.util.regex.Pattern.compile("deny contains \"([A-Z][A-Z_]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("../policies/src/main/rego"))) {
            for (Path rego : files.filter(
                            f -> f.toString().endsWith(".rego") && !f.toString().endsWith("_test.rego"))
                    .toList()) {
                String text = Files.readString(rego);
                java.util.regex.Matcher m = message.matcher(text);
                while (m.find()) {
                    codes.add(m.group(1));
                }
                m = deny.matcher(text);
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        // the ledger's own fail-closed reasons (application, decision.FailClosed)
        codes.add("POLICY_ENGINE_FAILED");
        codes.add("DECISION_NOT_RECORDED");
        return codes;
    }

    /** The domain's events: api records handled by an event sourcing or event handler anywhere. */
    private static Set<String> eventTypes() {
        com.tngtech.archunit.core.domain.JavaClasses classes =
                new com.tngtech.archunit.core.importer.ClassFileImporter()
                        .withImportOption(
                                com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.imagingledger");
        Set<String> events = new TreeSet<>();
        for (com.tngtech.archunit.core.domain.JavaClass c : classes) {
            for (com.tngtech.archunit.core.domain.JavaMethod method : c.getMethods()) {
                boolean handler = method.isAnnotatedWith("org.axonframework.eventsourcing.EventSourcingHandler")
                        || method.isAnnotatedWith("org.axonframework.eventhandling.EventHandler");
                if (handler && !method.getRawParameterTypes().isEmpty()) {
                    com.tngtech.archunit.core.domain.JavaClass type =
                            method.getRawParameterTypes().get(0);
                    if (type.getPackageName().matches("org\\.imagingledger\\.domain\\.\\w+\\.api")) {
                        events.add(type.getSimpleName());
                    }
                }
            }
        }
        return events;
    }

    @Test
    void noTranslationIsLeftInEnglish() throws IOException {
        Properties english = load(BUNDLES.resolve("problems.properties"));
        Properties italian = load(BUNDLES.resolve("problems_it.properties"));
        List<String> same = english.stringPropertyNames().stream()
                .filter(k -> k.startsWith("problem.") && !k.startsWith("problem.title"))
                .filter(k -> english.getProperty(k).equals(italian.getProperty(k)))
                .sorted()
                .toList();
        // a sentence that reads the same in both languages is only an argument or a standard's name
        assertThat(same).allMatch(k -> english.getProperty(k).matches("[{}0-9 ]*"));
    }

    private static void diff(Path file, Set<String> keys, Set<String> other, List<String> out, String what) {
        keys.stream().filter(k -> !other.contains(k)).forEach(k -> out.add(file.getFileName() + ": " + k + " " + what));
    }

    private static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(p -> p.getFileName().toString().matches("[a-z]+\\.properties"))
                    .sorted()
                    .toList();
        }
    }

    private static Set<String> keys(Path file) throws IOException {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
