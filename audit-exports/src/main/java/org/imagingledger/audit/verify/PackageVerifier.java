package org.imagingledger.audit.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.imagingledger.audit.integrity.Checkpoint;
import org.imagingledger.audit.integrity.Ed25519Keys;
import org.imagingledger.audit.integrity.Hex;
import org.imagingledger.audit.integrity.Jcs;
import org.imagingledger.audit.integrity.Json;
import org.imagingledger.audit.integrity.Merkle;
import org.imagingledger.audit.integrity.PackageLayout;
import org.imagingledger.audit.integrity.PathVerifier;

/**
 * Checks an export package with nothing but the JDK: the set of files, the manifest's signature
 * and every file's SHA-256, the checkpoint's signature and key, and for every line of
 * events.jsonl its canonical form and its inclusion proof to the checkpoint's root. Each
 * failure names the file, the line and the check.
 */
public final class PackageVerifier {

    /** One failed check: where (file and line, 0 = the file as a whole) and what. */
    public record Failure(String file, long line, String check, String detail) {
        @Override
        public String toString() {
            return "FAIL " + file + (line > 0 ? ":" + line : "") + " [" + check + "] " + detail;
        }
    }

    /** The outcome; {@code ok()} when no check failed. */
    public record Report(
            List<Failure> failures, long events, Checkpoint checkpoint, boolean trustedKey, boolean complete) {
        public boolean ok() {
            return failures.isEmpty();
        }
    }

    private static final int MAX_LINE_FAILURES = 20;

    private final List<Failure> failures = new ArrayList<>();

    private PackageVerifier() {}

    public static Report verify(Path zipFile, PublicKey trustedKey) throws IOException {
        return new PackageVerifier().run(zipFile, trustedKey);
    }

    private Report run(Path zipFile, PublicKey trustedKey) throws IOException {
        if (!checkEntries(zipFile)) {
            return new Report(failures, 0, null, false, false);
        }
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            PublicKey key;
            try {
                key = Ed25519Keys.parsePublicPem(text(zip, PackageLayout.PUBLIC_KEY));
            } catch (IllegalArgumentException e) {
                fail(PackageLayout.PUBLIC_KEY, 0, "public key", e.getMessage());
                return new Report(failures, 0, null, false, false);
            }
            boolean trusted = false;
            if (trustedKey != null) {
                trusted = Arrays.equals(trustedKey.getEncoded(), key.getEncoded());
                if (!trusted) {
                    fail(
                            PackageLayout.PUBLIC_KEY,
                            0,
                            "trusted key",
                            "the package's key " + Ed25519Keys.keyId(key) + " is not the trusted key "
                                    + Ed25519Keys.keyId(trustedKey));
                }
            }
            byte[] manifestBytes = bytes(zip, PackageLayout.MANIFEST);
            signature(zip, PackageLayout.MANIFEST_SIG, key, manifestBytes, PackageLayout.MANIFEST);
            Map<String, Object> manifest = manifest(manifestBytes);
            if (manifest == null) {
                return new Report(failures, 0, null, trusted, false);
            }
            checkFileHashes(zip, manifest);
            Checkpoint checkpoint = checkpoint(zip, key, manifest);
            boolean complete = Boolean.TRUE.equals(manifest.get("complete"));
            long events = checkpoint == null ? 0 : checkEvents(zip, checkpoint, manifest, complete);
            return new Report(failures, events, checkpoint, trusted, complete);
        }
    }

    /** Exactly the expected files, each once (a second entry of the same name could hide a change). */
    private boolean checkEntries(Path zipFile) throws IOException {
        Set<String> expected = new HashSet<>(PackageLayout.HASHED_FILES);
        expected.add(PackageLayout.MANIFEST);
        expected.add(PackageLayout.MANIFEST_SIG);
        Set<String> seen = new HashSet<>();
        try (ZipInputStream in = new ZipInputStream(java.nio.file.Files.newInputStream(zipFile))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (!seen.add(entry.getName())) {
                    fail(entry.getName(), 0, "package files", "appears twice in the zip");
                } else if (!expected.contains(entry.getName())) {
                    fail(entry.getName(), 0, "package files", "is not part of an export package");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            fail("(zip)", 0, "zip", "not a readable zip file: " + e.getMessage());
            return false;
        }
        for (String name : expected) {
            if (!seen.contains(name)) {
                fail(name, 0, "package files", "missing from the package");
            }
        }
        return failures.isEmpty();
    }

    private void signature(ZipFile zip, String sigFile, PublicKey key, byte[] message, String signedFile)
            throws IOException {
        try {
            byte[] sig = PackageLayout.parseSignature(text(zip, sigFile));
            if (!Ed25519Keys.verify(key, message, sig)) {
                fail(
                        sigFile,
                        0,
                        "signature",
                        "the Ed25519 signature over " + signedFile + " does not verify with public-key.pem");
            }
        } catch (IllegalArgumentException e) {
            fail(sigFile, 0, "signature", e.getMessage());
        }
    }

    private Map<String, Object> manifest(byte[] bytes) {
        try {
            Map<String, Object> manifest = Json.parseObject(new String(bytes, StandardCharsets.UTF_8));
            if (!Arrays.equals(Jcs.canonicalBytes(manifest), bytes)) {
                fail(PackageLayout.MANIFEST, 0, "canonical form", "not in RFC 8785 canonical form");
            }
            if (!PackageLayout.FORMAT.equals(manifest.get("format"))) {
                fail(PackageLayout.MANIFEST, 0, "format", "not a " + PackageLayout.FORMAT + " manifest");
                return null;
            }
            return manifest;
        } catch (IllegalArgumentException e) {
            fail(PackageLayout.MANIFEST, 0, "json", e.getMessage());
            return null;
        }
    }

    private void checkFileHashes(ZipFile zip, Map<String, Object> manifest) throws IOException {
        if (!(manifest.get("files") instanceof Map<?, ?> files)
                || !files.keySet().equals(new HashSet<>(PackageLayout.HASHED_FILES))) {
            fail(PackageLayout.MANIFEST, 0, "files", "does not list exactly the package's files");
            return;
        }
        for (String name : PackageLayout.HASHED_FILES) {
            String actual = sha256(zip, name);
            if (!actual.equals(files.get(name))) {
                fail(name, 0, "file hash", "SHA-256 " + actual + " differs from the manifest's " + files.get(name));
            }
        }
    }

    private Checkpoint checkpoint(ZipFile zip, PublicKey key, Map<String, Object> manifest) throws IOException {
        byte[] bytes = bytes(zip, PackageLayout.CHECKPOINT);
        signature(zip, PackageLayout.CHECKPOINT_SIG, key, bytes, PackageLayout.CHECKPOINT);
        Checkpoint checkpoint;
        try {
            checkpoint = Checkpoint.parse(new String(bytes, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            fail(PackageLayout.CHECKPOINT, 0, "checkpoint", e.getMessage());
            return null;
        }
        if (!checkpoint.keyId().equals(Ed25519Keys.keyId(key))) {
            fail(
                    PackageLayout.CHECKPOINT,
                    0,
                    "key id",
                    "names key " + checkpoint.keyId() + ", the package's key is " + Ed25519Keys.keyId(key));
        }
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("origin", checkpoint.origin());
        expected.put("size", (double) checkpoint.size());
        expected.put("root", checkpoint.rootHex());
        expected.put("time", checkpoint.time().toString());
        expected.put("keyId", checkpoint.keyId());
        if (!expected.equals(manifest.get("checkpoint"))) {
            fail(PackageLayout.MANIFEST, 0, "checkpoint", "the manifest's checkpoint differs from checkpoint.txt");
        }
        return checkpoint;
    }

    /** Streams events.jsonl and proofs.jsonl side by side; memory does not grow with the package. */
    private long checkEvents(ZipFile zip, Checkpoint checkpoint, Map<String, Object> manifest, boolean complete)
            throws IOException {
        Map<String, Double> byType = new TreeMap<>();
        long line = 0;
        int lineFailures = 0;
        try (BufferedReader events = reader(zip, PackageLayout.EVENTS_JSONL);
                BufferedReader proofs = reader(zip, PackageLayout.PROOFS)) {
            List<byte[]> previousProof = List.of();
            long previousLeaf = -1;
            PathVerifier paths = new PathVerifier(checkpoint.size(), checkpoint.root());
            String eventLine;
            while ((eventLine = events.readLine()) != null) {
                line++;
                String proofLine = proofs.readLine();
                if (proofLine == null) {
                    fail(PackageLayout.PROOFS, line, "proof count", "no proof for event line " + line);
                    break;
                }
                if (lineFailures >= MAX_LINE_FAILURES) {
                    continue;
                }
                int before = failures.size();
                try {
                    Map<String, Object> event = Json.parseObject(eventLine);
                    byte[] canonical = eventLine.getBytes(StandardCharsets.UTF_8);
                    if (!Arrays.equals(Jcs.canonicalBytes(event), canonical)) {
                        fail(PackageLayout.EVENTS_JSONL, line, "canonical form", "the event is not in canonical form");
                    }
                    Map<String, Object> proof = Json.parseObject(proofLine);
                    long leaf = ((Double) proof.get("leafIndex")).longValue();
                    List<byte[]> path = PackageLayout.fullProof(proof, previousProof);
                    previousProof = path;
                    if (leaf <= previousLeaf || (complete && leaf != line - 1)) {
                        fail(
                                PackageLayout.PROOFS,
                                line,
                                "leaf order",
                                "leaf index " + leaf + " out of order"
                                        + (complete ? " (a complete export holds every leaf, in order)" : ""));
                    }
                    previousLeaf = leaf;
                    int shared = ((Double) proof.get("reuse")).intValue();
                    if (!paths.verify(leaf, Merkle.leafHash(canonical), path, shared)) {
                        fail(
                                PackageLayout.EVENTS_JSONL,
                                line,
                                "inclusion proof",
                                "event " + Jcs.canonicalize(event.get("globalIndex"))
                                        + " at leaf " + leaf + " is not included in the checkpoint's tree of "
                                        + checkpoint.size() + " events with root " + checkpoint.rootHex());
                    }
                    String type = String.valueOf(event.get("eventType"));
                    byType.merge(type.substring(type.lastIndexOf('.') + 1), 1d, Double::sum);
                } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
                    fail(
                            PackageLayout.EVENTS_JSONL,
                            line,
                            "parse",
                            "line " + line + " of events.jsonl or " + "proofs.jsonl is unreadable: " + e.getMessage());
                }
                if (failures.size() > before) {
                    lineFailures++;
                }
            }
            if (proofs.readLine() != null) {
                fail(PackageLayout.PROOFS, line + 1, "proof count", "more proofs than events");
            }
        }
        if (complete && line != checkpoint.size()) {
            fail(
                    PackageLayout.EVENTS_JSONL,
                    0,
                    "completeness",
                    "a complete export holds " + checkpoint.size() + " events, this one " + line);
        }
        if (manifest.get("counts") instanceof Map<?, ?> counts) {
            if (!Double.valueOf(line).equals(counts.get("events"))) {
                fail(
                        PackageLayout.MANIFEST,
                        0,
                        "counts",
                        "the manifest counts " + counts.get("events") + " events, events.jsonl has " + line);
            }
            if (!byType.equals(counts.get("byType"))) {
                fail(PackageLayout.MANIFEST, 0, "counts", "the manifest's counts per type differ from events.jsonl");
            }
        }
        return line;
    }

    private void fail(String file, long line, String check, String detail) {
        failures.add(new Failure(file, line, check, detail));
    }

    private static BufferedReader reader(ZipFile zip, String name) throws IOException {
        return new BufferedReader(
                new InputStreamReader(zip.getInputStream(zip.getEntry(name)), StandardCharsets.UTF_8), 1 << 16);
    }

    private static byte[] bytes(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return in.readAllBytes();
        }
    }

    private static String text(ZipFile zip, String name) throws IOException {
        return new String(bytes(zip, name), StandardCharsets.UTF_8);
    }

    private static String sha256(ZipFile zip, String name) throws IOException {
        MessageDigest md = Merkle.sha256();
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                md.update(buffer, 0, n);
            }
        }
        return Hex.encode(md.digest());
    }
}
