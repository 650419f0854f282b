package org.imagingledger.audit.integrity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of an export package (see {@code audit-exports/CANONICAL.md}) and the encoding of
 * its proofs, shared by the writer and the offline verifier.
 */
public final class PackageLayout {

    public static final String FORMAT = "imaging-ledger-audit-export/1";
    public static final String EVENTS_JSONL = "events.jsonl";
    public static final String EVENTS_CSV = "events.csv";
    public static final String FHIR_BUNDLE = "fhir-bundle.json";
    public static final String REPORT_PDF = "report.pdf";
    public static final String PROOFS = "proofs.jsonl";
    public static final String CHECKPOINT = "checkpoint.txt";
    public static final String CHECKPOINT_SIG = "checkpoint.sig";
    public static final String PUBLIC_KEY = "public-key.pem";
    public static final String MANIFEST = "manifest.json";
    public static final String MANIFEST_SIG = "manifest.sig";

    /** Every file the manifest lists with its SHA-256, in the order they are zipped. */
    public static final List<String> HASHED_FILES =
            List.of(EVENTS_JSONL, EVENTS_CSV, FHIR_BUNDLE, REPORT_PDF, PROOFS, CHECKPOINT, CHECKPOINT_SIG, PUBLIC_KEY);

    private PackageLayout() {}

    /** A signature file: 128 lower-case hex digits and a line feed, nothing else. */
    public static String signatureText(byte[] signature) {
        return Hex.encode(signature) + "\n";
    }

    public static byte[] parseSignature(String text) {
        if (!text.matches("[0-9a-f]{128}\n")) {
            throw new IllegalArgumentException("not 128 lower-case hex digits and a line feed");
        }
        return Hex.decode(text.substring(0, 128));
    }

    /**
     * One line of proofs.jsonl: the inclusion proof of one exported event, written as the hashes
     * that differ from the previous line's proof plus how many of the previous proof's last
     * (top-most) hashes follow them. Consecutive leaves share most of their path, so a full
     * export stays about 2 hashes an event instead of ~20.
     */
    public static Map<String, Object> proofLine(long leafIndex, List<byte[]> proof, List<byte[]> previous) {
        int reuse = 0;
        while (reuse < proof.size()
                && reuse < previous.size()
                && java.util.Arrays.equals(
                        proof.get(proof.size() - 1 - reuse), previous.get(previous.size() - 1 - reuse))) {
            reuse++;
        }
        List<Object> hashes = new ArrayList<>();
        for (int i = 0; i < proof.size() - reuse; i++) {
            hashes.add(Hex.encode(proof.get(i)));
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("leafIndex", leafIndex);
        line.put("reuse", reuse);
        line.put("hashes", hashes);
        return line;
    }

    /** The full proof of a proofs.jsonl line, given the previous line's full proof. */
    public static List<byte[]> fullProof(Map<String, Object> line, List<byte[]> previous) {
        if (!(line.get("reuse") instanceof Double reuseValue) || !(line.get("hashes") instanceof List<?> hashes)) {
            throw new IllegalArgumentException("a proof line has \"reuse\" and \"hashes\"");
        }
        int reuse = reuseValue.intValue();
        if (reuse != reuseValue || reuse < 0 || reuse > previous.size()) {
            throw new IllegalArgumentException("\"reuse\" is not between 0 and the previous proof's length");
        }
        List<byte[]> proof = new ArrayList<>();
        for (Object h : hashes) {
            if (!(h instanceof String s) || s.length() != 64) {
                throw new IllegalArgumentException("a proof hash is 64 hex digits");
            }
            proof.add(Hex.decode(s));
        }
        proof.addAll(previous.subList(previous.size() - reuse, previous.size()));
        return proof;
    }
}
