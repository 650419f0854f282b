package org.imagingledger.policies;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * An OPA bundle ({@code opa build -t wasm}) as the ledger stores and evaluates it: the exact
 * bytes and their SHA-256, the revision and the entry points from {@code /.manifest}, the Wasm
 * module and the data document the module must be given.
 */
public final class PolicyBundle {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BYTES = 32 * 1024 * 1024;

    private final byte[] bytes;
    private final String sha256;
    private final String revision;
    private final List<String> entrypoints;
    private final byte[] wasm;
    private final String data;

    private PolicyBundle(byte[] bytes, String revision, List<String> entrypoints, byte[] wasm, String data) {
        this.bytes = bytes;
        this.sha256 = sha256(bytes);
        this.revision = revision;
        this.entrypoints = List.copyOf(entrypoints);
        this.wasm = wasm;
        this.data = data;
    }

    /** The default bounds of an unpacked bundle: any one file, and all files together. */
    public static final long MAX_ENTRY_BYTES = 32L << 20;

    public static final long MAX_UNPACKED_BYTES = 64L << 20;

    /** Reads and checks a bundle; the message of the exception names what is wrong. */
    public static PolicyBundle read(byte[] bytes) throws InvalidBundleException {
        return read(bytes, MAX_ENTRY_BYTES, MAX_UNPACKED_BYTES);
    }

    /** As {@link #read(byte[])}, with the bounds of one unpacked file and of the whole unpacked bundle. */
    public static PolicyBundle read(byte[] bytes, long maxEntryBytes, long maxUnpackedBytes)
            throws InvalidBundleException {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidBundleException("the bundle is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidBundleException("the bundle is larger than 32 MiB");
        }
        Map<String, byte[]> files = TarGz.read(bytes, maxEntryBytes, maxUnpackedBytes);
        byte[] manifestBytes = files.get(".manifest");
        if (manifestBytes == null) {
            throw new InvalidBundleException("the bundle has no /.manifest");
        }
        JsonNode manifest = parse(manifestBytes, ".manifest");
        String revision = manifest.path("revision").asText("");
        if (!revision.matches("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}")) {
            throw new InvalidBundleException(
                    "the manifest's revision must be 1-100 letters, digits, '.', '_', ':' or '-'");
        }
        // The access decision is required; other entry points (the purpose check) are optional,
        // and evaluating one the bundle lacks fails closed.
        List<String> entrypoints = new ArrayList<>();
        for (JsonNode wasm : manifest.path("wasm")) {
            String entrypoint = wasm.path("entrypoint").asText("");
            if (!entrypoint.isEmpty() && !entrypoints.contains(entrypoint)) {
                entrypoints.add(entrypoint);
            }
        }
        if (!entrypoints.contains(PolicyEngine.ENTRYPOINT)) {
            throw new InvalidBundleException(
                    "the bundle was not built with 'opa build -t wasm -e " + PolicyEngine.ENTRYPOINT + "'");
        }
        byte[] wasm = files.get("policy.wasm");
        if (wasm == null) {
            throw new InvalidBundleException("the bundle has no /policy.wasm");
        }
        byte[] data = files.get("data.json");
        String dataJson = data == null ? "{}" : parse(data, "data.json").toString();
        return new PolicyBundle(bytes.clone(), revision, entrypoints, wasm, dataJson);
    }

    /** Reads a bundle that ships with the application (a broken one is a build error). */
    public static PolicyBundle fromClasspath(String resource) {
        try (InputStream in = PolicyBundle.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no policy bundle at " + resource + ": was the policies module built?");
            }
            return read(in.readAllBytes());
        } catch (IOException | InvalidBundleException e) {
            throw new IllegalStateException("the bundle at " + resource + " is unusable: " + e.getMessage(), e);
        }
    }

    /** The bundle built from this source tree by the policies module. */
    public static PolicyBundle builtin() {
        return fromClasspath("/policy/builtin-bundle.tar.gz");
    }

    private static JsonNode parse(byte[] json, String file) throws InvalidBundleException {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new InvalidBundleException("/" + file + " is not valid JSON");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String sha256() {
        return sha256;
    }

    public String revision() {
        return revision;
    }

    /** The entry points the manifest names, in its order (the access decision among them). */
    public List<String> entrypoints() {
        return entrypoints;
    }

    public int size() {
        return bytes.length;
    }

    public byte[] wasm() {
        return wasm.clone();
    }

    /** The bundle's data document as JSON text. */
    public String data() {
        return data;
    }
}
