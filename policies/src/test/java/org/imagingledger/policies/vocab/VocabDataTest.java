package org.imagingledger.policies.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policy data {@code policies/src/main/rego/imagingledger/vocab/data.json} is generated
 * from the vocabularies the domain ships ({@code vocab/duo-terms.csv} and
 * {@code vocab/mondo-cancer-subset.csv}, CC BY 4.0): this test fails when the two drift apart.
 * Regenerate with {@code ./mvnw -B -q verify -pl policies -Dvocab.regenerate=true}.
 */
class VocabDataTest {

    static final Path DATA_JSON = Path.of("src/main/rego/imagingledger/vocab/data.json");

    /** The domain module's copy of the sourced vocabularies (tests run in the module's directory). */
    static final Path VOCAB_DIR = Path.of("../domain/src/main/resources/vocab");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void policyDataIsTheShippedVocabulary() throws IOException {
        ObjectNode expected = generate();
        if (Boolean.getBoolean("vocab.regenerate")) {
            Files.writeString(DATA_JSON, JSON.writeValueAsString(expected) + "\n", StandardCharsets.UTF_8);
        }
        JsonNode actual = JSON.readTree(DATA_JSON.toFile());
        assertThat(actual)
                .as("%s drifted from the vocab CSVs; regenerate with -Dvocab.regenerate=true", DATA_JSON)
                .isEqualTo(expected);
    }

    @Test
    void everyDiseaseParentIsInTheSubset() throws IOException {
        JsonNode mondo = JSON.readTree(DATA_JSON.toFile()).get("mondo");
        mondo.properties().forEach(e -> {
            JsonNode parent = e.getValue().get("parent");
            if (!parent.isNull()) {
                assertThat(mondo.has(parent.asText()))
                        .as("parent of %s", e.getKey())
                        .isTrue();
            }
        });
    }

    static ObjectNode generate() throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode duo = root.putObject("duo");
        for (List<String> row : rows("duo-terms.csv")) {
            ObjectNode term = duo.putObject(row.get(0));
            term.put("shorthand", row.get(1));
            term.put("label", row.get(2));
            term.put("kind", row.get(3));
            nullable(term, "parent", row.get(4));
        }
        ObjectNode mondo = root.putObject("mondo");
        java.util.Map<String, String> parents = new java.util.HashMap<>();
        for (List<String> row : rows("mondo-cancer-subset.csv")) {
            parents.put(row.get(0), row.get(2));
        }
        for (List<String> row : rows("mondo-cancer-subset.csv")) {
            ObjectNode term = mondo.putObject(row.get(0));
            term.put("label", row.get(1));
            nullable(term, "parent", row.get(2));
            // The closure of the parent links, so the policy does not rebuild the graph per decision.
            com.fasterxml.jackson.databind.node.ArrayNode ancestors = term.putArray("ancestors");
            for (String p = row.get(2); p != null && !p.isEmpty(); p = parents.get(p)) {
                ancestors.add(p);
            }
        }
        return root;
    }

    private static void nullable(ObjectNode node, String field, String value) {
        if (value.isEmpty()) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    /** The data rows (header dropped) of one of the vocabulary CSVs (RFC 4180 quoting). */
    static List<List<String>> rows(String resource) throws IOException {
        String text = Files.readString(VOCAB_DIR.resolve(resource), StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows.subList(1, rows.size());
    }
}
