package org.imagingledger.audit.integrity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A statement "the ledger's log had {@code size} events and Merkle root {@code root} at
 * {@code time}", signed with Ed25519. The signed message is exactly {@link #text()}, UTF-8,
 * six lines each ending in LF:
 * <pre>
 * imaging-ledger checkpoint v1
 * origin &lt;origin&gt;
 * size &lt;decimal tree size&gt;
 * root &lt;64 lower-case hex digits&gt;
 * time &lt;ISO-8601 UTC instant, as Instant.toString()&gt;
 * key &lt;16 hex digits: key id of the signing key&gt;
 * </pre>
 * {@link #parse} accepts only text that {@link #text()} would produce again byte for byte.
 */
public record Checkpoint(String origin, long size, byte[] root, Instant time, String keyId) {

    public static final String HEADER = "imaging-ledger checkpoint v1";

    public String text() {
        return HEADER + "\n"
                + "origin " + origin + "\n"
                + "size " + size + "\n"
                + "root " + Hex.encode(root) + "\n"
                + "time " + time + "\n"
                + "key " + keyId + "\n";
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    public String rootHex() {
        return Hex.encode(root);
    }

    public static Checkpoint parse(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length != 7 || !lines[6].isEmpty() || !lines[0].equals(HEADER)) {
            throw new IllegalArgumentException("not a v1 checkpoint (six lines, each ending in a line feed)");
        }
        try {
            Checkpoint c = new Checkpoint(
                    field(lines[1], "origin"),
                    Long.parseLong(field(lines[2], "size")),
                    Hex.decode(field(lines[3], "root")),
                    Instant.parse(field(lines[4], "time")),
                    field(lines[5], "key"));
            if (c.root.length != Merkle.HASH_SIZE || c.size < 0) {
                throw new IllegalArgumentException("bad size or root");
            }
            if (!c.text().equals(text)) {
                throw new IllegalArgumentException("not in canonical form");
            }
            return c;
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("bad checkpoint field: " + e.getMessage());
        }
    }

    private static String field(String line, String name) {
        if (!line.startsWith(name + " ")) {
            throw new IllegalArgumentException("expected the line '" + name + " …'");
        }
        return line.substring(name.length() + 1);
    }

    public static Checkpoint of(String origin, MerkleTree tree, long size, Instant time, String keyId) {
        return new Checkpoint(origin, size, tree.root(size), time, keyId);
    }
}
