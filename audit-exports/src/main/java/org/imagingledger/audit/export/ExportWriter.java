package org.imagingledger.audit.export;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
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
import org.imagingledger.audit.integrity.Checkpoint;
import org.imagingledger.audit.integrity.Hex;
import org.imagingledger.audit.integrity.Jcs;
import org.imagingledger.audit.integrity.Merkle;
import org.imagingledger.audit.integrity.MerkleTree;
import org.imagingledger.audit.integrity.PackageLayout;
import org.imagingledger.audit.integrity.SigningKey;
import org.imagingledger.audit.integrity.StoredEvent;

/**
 * Writes an export package in one pass over the stored events: every format streams into its
 * own file, deflated on a second thread as the events go by (memory stays flat), then the
 * report, checkpoint, key and signed manifest are added and the zip is written to the caller.
 */
public final class ExportWriter {

    /** What was written: the number of exported events and the package's SHA-256. */
    public record Result(long events, String sha256, long bytes) {}

    private ExportWriter() {}

    /**
     * @param events every stored event in global-index order (at least {@code checkpoint.size()});
     *               leaf i of the tree is the i-th of them
     * @param tree   the ledger's tree, holding at least the checkpoint's leaves
     */
    public static Result write(
            Iterator<StoredEvent> events,
            MerkleTree tree,
            Checkpoint checkpoint,
            byte[] checkpointSignature,
            SigningKey key,
            PackageInfo info,
            OutputStream out)
            throws IOException {
        Path dir = Files.createTempDirectory("audit-export");
        try (DeflatedFiles files = new DeflatedFiles(dir)) {
            ExportStats stats = writeEvents(events, tree, checkpoint, info, files);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            PdfReport.write(pdf, info, stats, checkpoint);
            files.add(PackageLayout.REPORT_PDF, pdf.toByteArray());
            files.add(PackageLayout.CHECKPOINT, checkpoint.bytes());
            files.add(
                    PackageLayout.CHECKPOINT_SIG,
                    PackageLayout.signatureText(checkpointSignature).getBytes(StandardCharsets.UTF_8));
            files.add(PackageLayout.PUBLIC_KEY, key.publicPem().getBytes(StandardCharsets.UTF_8));
            files.finish();
            byte[] manifest = Jcs.canonicalBytes(manifest(info, stats, checkpoint, files));
            files.addNow(PackageLayout.MANIFEST, manifest);
            files.addNow(
                    PackageLayout.MANIFEST_SIG,
                    PackageLayout.signatureText(key.sign(manifest)).getBytes(StandardCharsets.UTF_8));
            MessageDigest md = Merkle.sha256();
            CountingOutputStream counting = new CountingOutputStream(new DigestOutputStream(out, md));
            OutputStream buffered = new BufferedOutputStream(counting, 1 << 16);
            files.writeZip(buffered, info.exportedAt().toEpochMilli());
            buffered.flush();
            return new Result(stats.events, Hex.encode(md.digest()), counting.count);
        } finally {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static ExportStats writeEvents(
            Iterator<StoredEvent> events, MerkleTree tree, Checkpoint checkpoint, PackageInfo info, DeflatedFiles files)
            throws IOException {
        ExportStats stats = new ExportStats();
        ExportFilter filter = info.filter();
        try (Writer jsonl = writer(files.create(PackageLayout.EVENTS_JSONL));
                CsvWriter csv = new CsvWriter(writer(files.create(PackageLayout.EVENTS_CSV)));
                FhirBundleWriter fhir = new FhirBundleWriter(
                        files.create(PackageLayout.FHIR_BUNDLE),
                        info.exportId(),
                        info.exportedAt().toString());
                Writer proofs = writer(files.create(PackageLayout.PROOFS))) {
            List<byte[]> previousProof = List.of();
            long leaf = 0;
            for (; leaf < checkpoint.size(); leaf++) {
                if (!events.hasNext()) {
                    throw new IllegalStateException(
                            "the store holds " + leaf + " events, fewer than the checkpoint's " + checkpoint.size());
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
                // the payload is canonicalised once, for the line and for the CSV
                String payloadJson = Jcs.canonicalize(canonical.get("payload"));
                Object payload = canonical.put("payload", new Jcs.Raw(payloadJson));
                byte[] line = Jcs.canonicalBytes(canonical);
                byte[] leafHash = Merkle.leafHash(line);
                if (!Arrays.equals(leafHash, tree.leafHash(leaf))) {
                    throw new IllegalStateException("stored event " + event.globalIndex() + " (leaf " + leaf
                            + ") no longer matches the ledger's tree: refusing to export it");
                }
                ExportedEvent e = new ExportedEvent(
                        leaf, event, event.eventType(), time, payload, facets, Hex.encode(leafHash), payloadJson);
                jsonl.write(new String(line, StandardCharsets.UTF_8));
                jsonl.write('\n');
                List<byte[]> proof = tree.inclusionProof(leaf, checkpoint.size());
                proofs.write(Jcs.canonicalize(PackageLayout.proofLine(leaf, proof, previousProof)));
                proofs.write('\n');
                previousProof = proof;
                csv.row(e);
                fhir.add(e);
                stats.add(event.eventType(), facets, event.timestamp());
                stats.note(ExportFilter.simpleName(event.eventType()), payload, event.timestamp());
            }
        }
        return stats;
    }

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    private static Map<String, Object> manifest(
            PackageInfo info, ExportStats stats, Checkpoint checkpoint, DeflatedFiles files) {
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
        Map<String, Object> hashes = new LinkedHashMap<>();
        for (String name : PackageLayout.HASHED_FILES) {
            hashes.put(name, files.sha256Of(name));
        }
        m.put("files", hashes);
        return m;
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
