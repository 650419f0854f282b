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
