package org.imagingledger.audit.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.imagingledger.audit.integrity.Ed25519Keys;
import org.imagingledger.audit.integrity.Json;
import org.imagingledger.audit.integrity.PackageLayout;
import org.imagingledger.audit.verify.PackageVerifier;
import org.imagingledger.audit.verify.VerifierMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ExportPackageTest {

    @TempDir
    Path dir;

    @Test
    void aCompleteExportVerifiesWithTheTrustedKey() throws IOException {
        SampleLedger ledger = SampleLedger.of(37);
        Path zip = write(ledger.export(ExportFilter.ALL));
        Path key = dir.resolve("ledger.pem");
        Files.writeString(key, ledger.key.publicPem());

        Run run = verify("verify", zip.toString(), "--trusted-key", key.toString());
        assertThat(run.code).isZero();
        assertThat(run.out)
                .startsWith("OK 37 events verified")
                .contains("the complete log")
                .contains("(the trusted key)");

        Map<String, byte[]> files = unzip(Files.readAllBytes(zip));
        assertThat(files.keySet())
                .containsExactlyInAnyOrder(
                        "events.jsonl",
                        "events.csv",
                        "fhir-bundle.json",
                        "report.pdf",
                        "proofs.jsonl",
                        "checkpoint.txt",
                        "checkpoint.sig",
                        "public-key.pem",
                        "manifest.json",
                        "manifest.sig");
        String csv = new String(files.get("events.csv"), StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(38);
        assertThat(csv).contains("\"\"reason\"\":\"\"audit \\\"\"finding\\\"\", état 1.5e3\"\"");
        assertThat(new String(files.get("report.pdf"), StandardCharsets.ISO_8859_1))
                .startsWith("%PDF-");
        Map<String, Object> manifest = Json.parseObject(new String(files.get("manifest.json"), StandardCharsets.UTF_8));
        assertThat(manifest.get("complete")).isEqualTo(true);
        assertThat(((Map<?, ?>) manifest.get("counts")).get("events")).isEqualTo(37.0);
    }

    @Test
    void aFilteredExportHoldsOnlyMatchingEventsEachWithItsProof() throws IOException {
        SampleLedger ledger = SampleLedger.of(40);
        ExportFilter filter = new ExportFilter(
                Instant.parse("2026-01-16T00:00:00Z"),
                Instant.parse("2026-01-25T00:00:00Z"),
                "node-it-naples",
                null,
                null,
                null,
                null,
                null,
                "ConsentRecorded");
        Map<String, byte[]> files = unzip(ledger.export(filter));
        String[] lines = new String(files.get("events.jsonl"), StandardCharsets.UTF_8).split("\n");
        assertThat(lines)
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l)
                        .contains("\"eventType\":\"org.imagingledger.domain.consent.api.ConsentRecorded\"")
                        .contains("\"nodeId\":\"node-it-naples\""));
        assertThat(lines.length).isLessThan(10);
        assertThat(new String(files.get("proofs.jsonl"), StandardCharsets.UTF_8).split("\n"))
                .hasSameSizeAs(lines);

        Run run = verify("verify", write(rezip(files)).toString());
        assertThat(run.code).isZero();
        assertThat(run.out)
                .startsWith("OK " + lines.length + " events")
                .doesNotContain("complete log")
                .contains("pass --trusted-key");
    }

    @Test
    void aPackageSignedByAnotherKeyIsRejectedWhenAKeyIsTrusted() throws IOException {
        Path zip = write(SampleLedger.of(5).export(ExportFilter.ALL));
        Path other = dir.resolve("other.pem");
        Files.writeString(other, Ed25519Keys.publicPem(Ed25519Keys.generate().getPublic()));
        Run run = verify("verify", zip.toString(), "--trusted-key", other.toString());
        assertThat(run.code).isEqualTo(1);
        assertThat(run.out).contains("FAIL public-key.pem [trusted key]");
    }

    @Test
    void anAlteredEventIsNamedByFileLineAndCheck() throws IOException {
        Map<String, byte[]> files = unzip(SampleLedger.of(12).export(ExportFilter.ALL));
        String jsonl = new String(files.get("events.jsonl"), StandardCharsets.UTF_8);
        files.put(
                "events.jsonl",
                jsonl.replace("\"subjects\":9", "\"subjects\":8").getBytes(StandardCharsets.UTF_8));
        Run run = verify("verify", write(rezip(files)).toString());
        assertThat(run.code).isEqualTo(1);
        assertThat(run.out)
                .contains("FAIL events.jsonl [file hash]")
                .contains("FAIL events.jsonl:4 [inclusion proof] event 4 at leaf 3 is not included");
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(verify("check").code).isEqualTo(2);
        assertThat(verify("verify", "a.zip", "--key").code).isEqualTo(2);
    }

    @Test
    void theManifestListsEveryFileAndIsCanonical() throws IOException {
        Map<String, byte[]> files = unzip(SampleLedger.of(3).export(ExportFilter.ALL));
        Map<String, Object> manifest = Json.parseObject(new String(files.get("manifest.json"), StandardCharsets.UTF_8));
        assertThat(((Map<?, ?>) manifest.get("files"))
                        .keySet().stream().map(String::valueOf).toList())
                .containsExactlyInAnyOrderElementsOf(PackageLayout.HASHED_FILES);
        assertThat(PackageVerifier.verify(write(rezip(files)), null).ok()).isTrue();
    }

    record Run(int code, String out) {}

    static Run verify(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = VerifierMain.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8));
    }

    Path write(byte[] zip) throws IOException {
        Path p = Files.createTempFile(dir, "export", ".zip");
        Files.write(p, zip);
        return p;
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    static byte[] rezip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
