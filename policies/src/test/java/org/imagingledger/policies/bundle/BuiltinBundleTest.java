package org.imagingledger.policies.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.styra.opa.wasm.OpaPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.imagingledger.policies.PolicyBundle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in bundle the build compiles ({@code build-bundle.sh} at generate-resources) is the
 * one of the Rego sources: its revision is recomputed here from the sources (drift guard), and
 * it holds the Wasm policy and the policy data.
 */
class BuiltinBundleTest {

    static final Path BUNDLE = Path.of("target/classes/policy/builtin-bundle.tar.gz");
    static final Path SOURCES = Path.of("src/main/rego");
    static final String ENTRYPOINT = "imagingledger/access/decision";
    static final String PURPOSE_CHECK = "imagingledger/access/purpose_check";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Map<String, byte[]> entries;

    @BeforeAll
    static void readBundle() throws IOException {
        assertThat(BUNDLE)
                .as("the build compiles the bundle at generate-resources")
                .exists();
        entries = untar(BUNDLE);
    }

    @Test
    void revisionIsTheOneOfTheSources() throws IOException {
        JsonNode manifest = JSON.readTree(entries.get("/.manifest"));
        assertThat(manifest.path("revision").asText()).isEqualTo(revision(SOURCES));
        List<String> entrypoints = new ArrayList<>();
        for (JsonNode wasm : manifest.path("wasm")) {
            entrypoints.add(wasm.path("entrypoint").asText());
            assertThat(wasm.path("module").asText()).isEqualTo("/policy.wasm");
        }
        assertThat(entrypoints).containsExactlyInAnyOrder(ENTRYPOINT, PURPOSE_CHECK);
        assertThat(PolicyBundle.builtin().entrypoints()).containsExactlyInAnyOrder(ENTRYPOINT, PURPOSE_CHECK);
    }

    /** The entry points carry the METADATA annotations of their rules (title, entrypoint: true). */
    @Test
    void entrypointsAreAnnotated() throws IOException {
        JsonNode manifest = JSON.readTree(entries.get("/.manifest"));
        for (JsonNode wasm : manifest.path("wasm")) {
            JsonNode annotation = wasm.path("annotations").get(0);
            assertThat(annotation.path("entrypoint").asBoolean())
                    .as(wasm.toString())
                    .isTrue();
            assertThat(annotation.path("title").asText()).isNotBlank();
            assertThat(annotation.path("description").asText()).isNotBlank();
        }
    }

    @Test
    void holdsThePolicyAndTheData() throws IOException {
        assertThat(entries).containsKeys("/policy.wasm", "/data.json");
        JsonNode data = JSON.readTree(entries.get("/data.json"));
        JsonNode vocab =
                JSON.readTree(SOURCES.resolve("imagingledger/vocab/data.json").toFile());
        assertThat(data.path("imagingledger").path("vocab")).isEqualTo(vocab);
        assertThat(entries.keySet()).noneMatch(name -> name.endsWith("_test.rego") || name.endsWith(".md"));
    }

    /** The Wasm policy needs no builtin from the host: the Java SDK's defaults are switched off. */
    @Test
    void evaluatesWithoutHostBuiltins() throws IOException {
        OpaPolicy policy = OpaPolicy.builder()
                .withPolicy(entries.get("/policy.wasm"))
                .withDefaultBuiltins(false)
                .build();
        policy.data(new String(entries.get("/data.json"), StandardCharsets.UTF_8));
        policy.entrypoint(ENTRYPOINT);

        JsonNode allowed = JSON.readTree(policy.evaluate(QUESTION)).get(0).get("result");
        assertThat(allowed.path("allow").asBoolean()).isTrue();
        assertThat(allowed.path("reasons").get(0).path("code").asText()).isEqualTo("ALLOWED");
        assertThat(allowed.path("obligations").findValuesAsText("code"))
                .containsExactly("DUO:0000021", "EXCLUDE_SUBJECTS", "PERMIT_CONDITION");

        JsonNode empty = JSON.readTree(policy.evaluate("{}")).get(0).get("result");
        assertThat(empty.path("allow").asBoolean(true)).isFalse();
        assertThat(empty.path("reasons").findValuesAsText("code"))
                .containsExactly("DATASET_UNKNOWN", "INPUT_INVALID", "PERMIT_UNKNOWN");

        // The module numbers its entry points; selecting by name gives the purpose check.
        assertThat(policy.entrypoints()).containsOnlyKeys(ENTRYPOINT, PURPOSE_CHECK);
        assertThat(policy.entrypoints().get(ENTRYPOINT))
                .isNotEqualTo(policy.entrypoints().get(PURPOSE_CHECK));
        policy.entrypoint(PURPOSE_CHECK);
        JsonNode check = JSON.readTree(policy.evaluate(PURPOSE)).get(0).get("result");
        assertThat(check.path("allow").asBoolean()).isTrue();
        assertThat(check.path("obligations").findValuesAsText("code")).containsExactly("DUO:0000021");
        JsonNode emptyCheck = JSON.readTree(policy.evaluate("{}")).get(0).get("result");
        assertThat(emptyCheck.path("reasons").findValuesAsText("code"))
                .containsExactly("DATASET_UNKNOWN", "INPUT_INVALID");
    }

    /**
     * "builtin-" + the first 12 hex digits of the SHA-256 of the {@code sha256sum} listing
     * ({@code <hex>  <path>\n}, paths relative to the source root, sorted) of every *.json and
     * every *.rego except *_test.rego; the same as {@code build-bundle.sh}.
     */
    static String revision(Path root) throws IOException {
        List<String> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> n.endsWith(".json") || (n.endsWith(".rego") && !n.endsWith("_test.rego")))
                    .sorted()
                    .toList();
        }
        StringBuilder listing = new StringBuilder();
        for (String file : files) {
            listing.append(sha256(Files.readAllBytes(root.resolve(file))))
                    .append("  ")
                    .append(file)
                    .append('\n');
        }
        return "builtin-"
                + sha256(listing.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The regular files of a .tar.gz (ustar headers, as opa writes them), by name. */
    static Map<String, byte[]> untar(Path tarGz) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tarGz))) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String name = field(header, 0, 100);
                String prefix = field(header, 345, 155);
                if (!prefix.isEmpty()) {
                    name = prefix + "/" + name;
                }
                long size = Long.parseLong(field(header, 124, 12).trim(), 8);
                byte[] content = in.readNBytes((int) size);
                in.readNBytes((int) ((512 - size % 512) % 512));
                if (header[156] == '0' || header[156] == 0) {
                    files.put(name.startsWith("/") ? name : "/" + name, content);
                }
            }
        }
        return files;
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
    }

    private static final String PURPOSE = """
            {"now_ms": 1795000000000, "operations": ["FEDERATED_TRAINING"],
             "purpose": {"codes": ["DUO:0000007"], "disease": "MONDO:0004989",
                         "commercial": false, "for_profit": false, "methods_development": false},
             "dataset": {"id": "ds-naples-breast-mri", "node": "node-naples", "status": "ACTIVE",
                         "conditions": {"codes": ["DUO:0000007", "DUO:0000046", "DUO:0000021"],
                                        "disease": "MONDO:0007254"}}}
            """;

    private static final String QUESTION = """
            {"now_ms": 1795000000000, "node": "node-naples",
             "question": {"principal": "rita.researcher", "operation": "FEDERATED_TRAINING",
                          "dataset": "ds-naples-breast-mri", "permit": "permit-1",
                          "purpose": {"codes": ["DUO:0000007"], "disease": "MONDO:0004989",
                                      "commercial": false, "for_profit": false, "methods_development": false},
                          "subjects": ["subj-1", "subj-2"]},
             "dataset": {"id": "ds-naples-breast-mri", "node": "node-naples", "status": "ACTIVE",
                         "conditions": {"codes": ["DUO:0000007", "DUO:0000046", "DUO:0000021"],
                                        "disease": "MONDO:0007254"}},
             "permit": {"id": "permit-1", "status": "ACTIVE", "holder": "rita.researcher",
                        "members": ["rita.researcher"], "datasets": ["ds-naples-breast-mri"],
                        "operations": ["FEDERATED_TRAINING"],
                        "purpose": {"codes": ["DUO:0000007"], "disease": "MONDO:0007254",
                                    "commercial": false, "for_profit": false, "methods_development": false},
                        "valid_from_ms": 1790000000000, "valid_until_ms": 1800000000000,
                        "conditions": ["Results shared with the consortium"]},
             "consents": {"subj-1": {"status": "ACTIVE", "datasets": [], "purposes": ["DUO:0000006"],
                                     "disease": null, "valid_until_ms": null}}}
            """;
}
