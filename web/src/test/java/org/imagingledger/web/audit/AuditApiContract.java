package org.imagingledger.web.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.imagingledger.application.shared.Role;
import org.imagingledger.audit.integrity.Ed25519Keys;
import org.imagingledger.audit.integrity.Hex;
import org.imagingledger.audit.integrity.Merkle;
import org.imagingledger.audit.verify.PackageVerifier;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingledger.web.support.Problems.problem;
import static org.imagingledger.web.support.Problems.refused;

/** Checkpoints, proofs and exports through the API, on H2 and on PostgreSQL. */
abstract class AuditApiContract extends AuditTestSupport {

    @Test
    void inclusionAndConsistencyProofsVerifyAgainstSignedCheckpoints() throws Exception {
        ledgerWithConsents(2);
        JsonNode first = post("/api/v1/audit/checkpoints", null, as(Role.GOVERNANCE_ADMIN));
        long consent = lastGlobalIndex("ConsentRecorded");

        JsonNode proof = get("/api/v1/audit/proofs/inclusion?globalIndex=" + consent, as(Role.AUDITOR));
        // the leaf is recomputed here from the stored row, independently of the service
        byte[] leaf = stored(consent).leafHash();
        assertThat(proof.get("leafHash").asText()).isEqualTo(Hex.encode(leaf));
        List<byte[]> path = new ArrayList<>();
        proof.get("proof").forEach(h -> path.add(Hex.decode(h.asText())));
        assertThat(Merkle.verifyInclusion(
                        proof.get("leafIndex").asLong(),
                        proof.get("treeSize").asLong(),
                        leaf,
                        path,
                        Hex.decode(first.get("rootHash").asText())))
                .isTrue();
        // the checkpoint's signature verifies with the published key
        var key = Ed25519Keys.parsePublicPem(
                mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                        "/api/v1/audit/public-key")
                                .with(as(Role.RESEARCHER)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(Ed25519Keys.verify(
                        key,
                        first.get("text").asText().getBytes(),
                        Hex.decode(first.get("signature").asText())))
                .isTrue();

        ledgerWithConsents(1);
        JsonNode second = post("/api/v1/audit/checkpoints", null, as(Role.AUDITOR));
        long m = first.get("treeSize").asLong();
        long n = second.get("treeSize").asLong();
        assertThat(n).isGreaterThan(m);
        JsonNode consistency = get("/api/v1/audit/proofs/consistency?from=" + m + "&to=" + n, as(Role.AUDITOR));
        List<byte[]> hashes = new ArrayList<>();
        consistency.get("proof").forEach(h -> hashes.add(Hex.decode(h.asText())));
        assertThat(Merkle.verifyConsistency(
                        m,
                        n,
                        hashes,
                        Hex.decode(first.get("rootHash").asText()),
                        Hex.decode(second.get("rootHash").asText())))
                .isTrue();

        JsonNode listed = get("/api/v1/audit/checkpoints", as(Role.AUDITOR));
        assertThat(listed.findValuesAsText("checkpointId"))
                .contains(
                        first.get("checkpointId").asText(),
                        second.get("checkpointId").asText());
        call(HttpMethod.GET, "/api/v1/audit/proofs/consistency?from=" + m + "&to=" + (n + 1000), null, as(Role.AUDITOR))
                .andExpect(refused(HttpStatus.UNPROCESSABLE_ENTITY, "to", "unknown_checkpoint"));
    }

    @Test
    void aFilteredExportVerifiesOfflineAndIsItselfRecordedAndExported() throws Exception {
        ledgerWithConsents(3);
        long before = events();
        MockHttpServletResponse response = export(Map.of("node", node.id(), "eventType", "ConsentRecorded"));
        assertThat(response.getContentType()).isEqualTo("application/zip");
        assertThat(response.getHeader("X-Events")).isEqualTo("3");
        String sha = response.getHeader("X-Package-SHA256");
        byte[] zip = response.getContentAsByteArray();
        assertThat(Hex.encode(Merkle.sha256().digest(zip))).isEqualTo(sha);
        // an export writes its checkpoint and its own record
        assertThat(events()).isEqualTo(before + 2);

        Path file = Files.createTempFile("audit-export", ".zip");
        Path keyFile = Files.createTempFile("ledger-key", ".pem");
        try {
            Files.write(file, zip);
            Files.writeString(
                    keyFile,
                    get("/api/v1/audit/checkpoints", as(Role.AUDITOR))
                                    .get("items")
                                    .isArray()
                            ? publicKey()
                            : "");
            var report = PackageVerifier.verify(file, Ed25519Keys.parsePublicPem(Files.readString(keyFile)));
            assertThat(report.failures()).isEmpty();
            assertThat(report.events()).isEqualTo(3);
            // and the real command-line tool, in its own JVM
            Path jar = Path.of("..", "audit-exports", "target", "ledger-verifier.jar");
            assertThat(jar).exists();
            Process p = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-jar",
                            jar.toString(),
                            "verify",
                            file.toString(),
                            "--trusted-key",
                            keyFile.toString())
                    .redirectErrorStream(true)
                    .start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String out = new String(p.getInputStream().readAllBytes());
            assertThat(out).startsWith("OK 3 events verified").contains("(the trusted key)");
            assertThat(p.exitValue()).isZero();
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(keyFile);
        }

        Map<String, byte[]> files = unzip(zip);
        assertThat(text(files.get("events.jsonl")).lines())
                .hasSize(3)
                .allSatisfy(l -> assertThat(l).contains(node.id()).contains("ConsentRecorded"));
        assertThat(text(files.get("manifest.json")))
                .contains("\"exportedBy\":\"audit.tester\"")
                .contains("\"node\":\"" + node.id() + "\"");

        // the trail of the trail: the export is an event, and the next export holds it
        Map<String, byte[]> next =
                unzip(export(Map.of("eventType", "ExportRecorded")).getContentAsByteArray());
        assertThat(text(next.get("events.jsonl")))
                .contains("\"packageSha256\":\"" + sha + "\"")
                .contains("\"actor\":\"audit.tester\"");
        assertThat(text(next.get("events.csv"))).contains("ExportRecorded");
    }

    @Test
    void refusedExportsNameTheFieldAndWriteNothing() throws Exception {
        ledgerWithConsents(1);
        long before = events();
        refusedExport(
                Map.of("from", "2026-02-01T00:00:00Z", "to", "2026-01-01T00:00:00Z"),
                HttpStatus.BAD_REQUEST,
                "to",
                "not_after");
        refusedExport(Map.of("from", "yesterday"), HttpStatus.BAD_REQUEST, "from", "wrong_type");
        refusedExport(Map.of("nodes", "node-x"), HttpStatus.BAD_REQUEST, "nodes", "unknown_field");
        refusedExport(Map.of("node", "node with spaces"), HttpStatus.BAD_REQUEST, "node", "not_identifier");
        refusedExport(
                Map.of("eventType", "NoSuchEvent"), HttpStatus.UNPROCESSABLE_ENTITY, "eventType", "unknown_event_type");
        assertThat(events()).isEqualTo(before);

        mvc.perform(MockMvcRequestBuilders.post("/api/v1/audit/exports")
                        .with(as(Role.DAC_CHAIR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(problem(HttpStatus.FORBIDDEN, "role_forbids"));
        call(HttpMethod.POST, "/api/v1/audit/checkpoints", null, as(Role.RESEARCHER))
                .andExpect(problem(HttpStatus.FORBIDDEN, "role_forbids"));
        call(HttpMethod.GET, "/api/v1/audit/proofs/inclusion?globalIndex=-5", null, as(Role.AUDITOR))
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        assertThat(events()).isEqualTo(before);
    }

    private void refusedExport(Map<String, String> body, HttpStatus status, String field, String code)
            throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/audit/exports")
                        .with(as(Role.AUDITOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(refused(status, field, code));
    }

    private String publicKey() throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/v1/audit/public-key")
                        .with(as(Role.AUDITOR)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
