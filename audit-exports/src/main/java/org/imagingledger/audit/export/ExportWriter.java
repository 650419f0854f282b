package org.imagingledger.audit.export;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.imagingledger.audit.integrity.Checkpoint;
import org.imagingledger.audit.integrity.Hex;
import org.imagingledger.audit.integrity.Jcs;
import org.imagingledger.audit.integrity.Merkle;
import org.imagingledger.audit.integrity.MerkleTree;
import org.imagingledger.audit.integrity.PackageLayout;
import org.imagingledger.audit.integrity.SigningKey;
import org.imagingledger.audit.integrity.StoredEvent;

/**
 * Writes an export package in one pass over the stored events: every format goes to its own
 * temporary file while the events stream by (memory stays flat), then the report, checkpoint,
 * key and signed manifest are added and everything is zipped to the caller's stream.
 */
public final class ExportWriter {

    /** What was written: the number of exported events and the package's SHA-256. */
    public record Result(long events, String sha256, long bytes) {
    }

    private ExportWriter() {
    }

    /**
     * @param events every stored event in global-index order (at least {@code checkpoint.size()});
     *               leaf i of the tree is the i-th of them
     * @param tree   the ledger's tree, holding at least the checkpoint's leaves
     */
    public static Result write(Iterator<StoredEvent> events, MerkleTree tree, Checkpoint checkpoint,
                               byte[] checkpointSignature, SigningKey key, PackageInfo info, OutputStream out)
            throws IOException {
        Path dir = Files.createTempDirectory("audit-export");
        try {
            ExportStats stats = writeEvents(events, tree, checkpoint, info, dir);
            try (OutputStream pdf = new BufferedOutputStream(Files.newOutputStream(dir.resolve(PackageLayout.REPORT_PDF)))) {
                PdfReport.write(pdf, info, stats, checkpoint);
            }
            Files.write(dir.resolve(PackageLayout.CHECKPOINT), checkpoint.bytes());
            Files.writeString(dir.resolve(PackageLayout.CHECKPOINT_SIG), PackageLayout.signatureText(checkpointSignature));
            Files.writeString(dir.resolve(PackageLayout.PUBLIC_KEY), key.publicPem());
            byte[] manifest = Jcs.canonicalBytes(manifest(info, stats, checkpoint, dir));
            Files.write(dir.resolve(PackageLayout.MANIFEST), manifest);
            Files.writeString(dir.resolve(PackageLayout.MANIFEST_SIG), PackageLayout.signatureText(key.sign(manifest)));
            return zip(dir, stats.events, out, info.exportedAt());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static ExportStats writeEvents(Iterator<StoredEvent> events, MerkleTree tree, Checkpoint checkpoint,
                                           PackageInfo info, Path dir) throws IOException {
        ExportStats stats = new ExportStats();
        ExportFilter filter = info.filter();
        try (Writer jsonl = writer(dir, PackageLayout.EVENTS_JSONL);
             Writer proofs = writer(dir, PackageLayout.PROOFS);
             CsvWriter csv = new CsvWriter(writer(dir, PackageLayout.EVENTS_CSV));
             FhirBundleWriter fhir = new FhirBundleWriter(
                     new BufferedOutputStream(Files.newOutputStream(dir.resolve(PackageLayout.FHIR_BUNDLE)), 1 << 16),
                     info.exportId(), info.exportedAt().toString())) {
            List<byte[]> previousProof = List.of();
            long leaf = 0;
            for (; leaf < checkpoint.size(); leaf++) {
                if (!events.hasNext()) {
                    throw new IllegalStateException("the store holds " + leaf + " events, fewer than the checkpoint's "
                            + checkpoint.size());
                }
                StoredEvent event = events.next();
                Instant time = Instant.parse(event.timestamp());
                if ((filter.from() != null && time.isBefore(filter.from()))
                        || (filter.to() != null && !time.isBefore(filter.to()))) {
                    continue; // cheap test first: no parsing for events outside the time range
                }
                Map<String, Object> canonical = event.canonicalObject();
                Facets facets = Facets.of(canonical.get("payload"));
                if (!filter.matches(time, event.eventType(), facets)) {
                    continue;
                }
                byte[] line = Jcs.canonicalBytes(canonical);
                byte[] leafHash = Merkle.leafHash(line);
                if (!Arrays.equals(leafHash, tree.leafHash(leaf))) {
                    throw new IllegalStateException("stored event " + event.globalIndex() + " (leaf " + leaf
                            + ") no longer matches the ledger's tree: refusing to export it");
                }
                ExportedEvent e = new ExportedEvent(leaf, event, event.eventType(), time, canonical.get("payload"),
                        facets, Hex.encode(leafHash));
                jsonl.write(new String(line, StandardCharsets.UTF_8));
                jsonl.write('\n');
                List<byte[]> proof = tree.inclusionProof(leaf, checkpoint.size());
                proofs.write(Jcs.canonicalize(PackageLayout.proofLine(leaf, proof, previousProof)));
                proofs.write('\n');
                previousProof = proof;
                csv.row(e);
                fhir.add(e);
                stats.add(event.eventType(), facets, event.timestamp());
            }
        }
        return stats;
    }

    private static Writer writer(Path dir, String name) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(dir.resolve(name)),
                StandardCharsets.UTF_8), 1 << 16);
    }

    private static Map<String, Object> manifest(PackageInfo info, ExportStats stats, Checkpoint checkpoint, Path dir)
            throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", PackageLayout.FORMAT);
        m.put("exportId", info.exportId());
        m.put("exportedBy", info.exportedBy());
        m.put("exportedAt", info.exportedAt().toString());
        m.put("filters", info.filter().toMap());
        m.put("complete", info.filter().isEmpty());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("events", stats.events);
        counts.put("byType", new LinkedHashMap<>(stats.byType));
        counts.put("byNode", new LinkedHashMap<>(stats.byNode));
        counts.put("byMonth", new LinkedHashMap<>(stats.byMonth));
        m.put("counts", counts);
        Map<String, Object> cp = new LinkedHashMap<>();
        cp.put("origin", checkpoint.origin());
        cp.put("size", checkpoint.size());
        cp.put("root", checkpoint.rootHex());
        cp.put("time", checkpoint.time().toString());
        cp.put("keyId", checkpoint.keyId());
        m.put("checkpoint", cp);
        Map<String, Object> files = new LinkedHashMap<>();
        for (String name : PackageLayout.HASHED_FILES) {
            files.put(name, sha256(dir.resolve(name)));
        }
        m.put("files", files);
        return m;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest md = Merkle.sha256();
        try (var in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                md.update(buffer, 0, n);
            }
        }
        return Hex.encode(md.digest());
    }

    private static Result zip(Path dir, long events, OutputStream out, Instant time) throws IOException {
        MessageDigest md = Merkle.sha256();
        CountingOutputStream counting = new CountingOutputStream(new DigestOutputStream(out, md));
        ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(counting, 1 << 16));
        zip.setLevel(Deflater.BEST_SPEED);
        List<String> names = new java.util.ArrayList<>(PackageLayout.HASHED_FILES);
        names.add(PackageLayout.MANIFEST);
        names.add(PackageLayout.MANIFEST_SIG);
        for (String name : names) {
            ZipEntry entry = new ZipEntry(name);
            entry.setTime(time.toEpochMilli());
            zip.putNextEntry(entry);
            Files.copy(dir.resolve(name), zip);
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
        return new Result(events, Hex.encode(md.digest()), counting.count);
    }

    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
