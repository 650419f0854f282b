package org.imagingledger.web.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OCI image built by the image profile (Jib, no Docker daemon, web/target/ledger-image.tar)
 * as a container runtime reads it: its config runs the ledger's main class with the image's own
 * Java as an unprivileged user and exposes 8080; its layers hold that Java, the user, and the
 * application.
 */
class ImageConfigIT {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theImageRunsTheLedgerAsAnUnprivilegedUserOnPort8080() throws Exception {
        Path tar = Path.of(System.getProperty("ledger.image.tar", "target/ledger-image.tar"));
        assertThat(tar).exists();
        Map<String, byte[]> files = entries(Files.readAllBytes(tar));
        assertThat(files).containsKeys("oci-layout", "index.json");

        JsonNode index = json.readTree(files.get("index.json"));
        JsonNode manifest = json.readTree(
                blob(files, index.get("manifests").get(0).get("digest").asText()));
        JsonNode config =
                json.readTree(blob(files, manifest.get("config").get("digest").asText()));

        assertThat(config.get("architecture").asText()).isEqualTo("amd64");
        assertThat(config.get("os").asText()).isEqualTo("linux");
        JsonNode run = config.get("config");
        List<String> entrypoint = strings(run.get("Entrypoint"));
        assertThat(entrypoint.get(0)).isEqualTo("java");
        assertThat(entrypoint).contains("org.imagingledger.LedgerApplication", "-XX:MaxRAMPercentage=75");
        assertThat(run.get("User").asText()).isEqualTo("10001:10001");
        assertThat(run.get("ExposedPorts").has("8080/tcp")).isTrue();
        assertThat(run.get("WorkingDir").asText()).isEqualTo("/var/lib/ledger");
        assertThat(strings(run.get("Env"))).contains("PATH=/opt/java/bin:/usr/bin:/bin", "JAVA_HOME=/opt/java");

        // what the layers hold: the image's Java (executable), its loader, the user, the application
        Map<String, Integer> modes = new HashMap<>();
        Map<String, byte[]> small = new HashMap<>();
        for (JsonNode layer : manifest.get("layers")) {
            byte[] content = blob(files, layer.get("digest").asText());
            readTar(new GZIPInputStream(new java.io.ByteArrayInputStream(content)), (name, mode, bytes) -> {
                modes.put(name, mode);
                if (bytes.length < 4096) {
                    small.put(name, bytes);
                }
            });
        }
        assertThat(modes.get("opt/java/bin/java")).isEqualTo(0755);
        assertThat(modes).containsKeys("lib64/ld-linux-x86-64.so.2", "opt/java/lib/server/libjvm.so");
        assertThat(modes.keySet()).anyMatch(n -> n.endsWith("org/imagingledger/LedgerApplication.class"));
        assertThat(modes.keySet()).anyMatch(n -> n.startsWith("app/libs/") && n.contains("axon-"));
        assertThat(new String(small.get("etc/passwd"), StandardCharsets.UTF_8)).contains("ledger:x:10001:10001:");
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new java.util.ArrayList<>();
        array.forEach(v -> list.add(v.asText()));
        return list;
    }

    private static byte[] blob(Map<String, byte[]> files, String digest) {
        byte[] bytes = files.get("blobs/sha256/" + digest.substring("sha256:".length()));
        assertThat(bytes).as("blob %s", digest).isNotNull();
        return bytes;
    }

    private interface Entry {
        void accept(String name, int mode, byte[] bytes) throws IOException;
    }

    private static Map<String, byte[]> entries(byte[] tar) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        readTar(new java.io.ByteArrayInputStream(tar), (name, mode, bytes) -> files.put(name, bytes));
        return files;
    }

    /** A minimal reader of (ustar / pax) tar streams: regular files only, names with their prefix. */
    private static void readTar(InputStream in, Entry entry) throws IOException {
        byte[] header = new byte[512];
        String longName = null;
        while (in.readNBytes(header, 0, 512) == 512) {
            if (header[0] == 0) {
                return;
            }
            String name = text(header, 0, 100);
            int mode = (int) octal(header, 100, 8) & 07777;
            long size = octal(header, 124, 12);
            char type = (char) header[156];
            String prefix = text(header, 345, 155);
            if (!prefix.isEmpty()) {
                name = prefix + "/" + name;
            }
            byte[] data = readData(in, size);
            if (type == 'x') {
                longName = paxPath(data);
                continue;
            }
            if (type == 'L') {
                longName = new String(data, StandardCharsets.UTF_8).trim();
                continue;
            }
            if (longName != null) {
                name = longName;
                longName = null;
            }
            if (name.startsWith("./")) {
                name = name.substring(2);
            }
            if (type == '0' || type == 0) {
                entry.accept(name, mode, data);
            } else {
                entry.accept(name, mode, new byte[0]);
            }
        }
    }

    private static byte[] readData(InputStream in, long size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(size, 1 << 20));
        long remaining = size;
        byte[] buffer = new byte[8192];
        while (remaining > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
            if (n < 0) {
                throw new IOException("truncated tar");
            }
            out.write(buffer, 0, n);
            remaining -= n;
        }
        long padding = (512 - size % 512) % 512;
        in.readNBytes((int) padding);
        return out.toByteArray();
    }

    private static String paxPath(byte[] data) {
        for (String record : new String(data, StandardCharsets.UTF_8).split("\n")) {
            int space = record.indexOf(' ');
            if (space > 0 && record.substring(space + 1).startsWith("path=")) {
                return record.substring(space + 1 + "path=".length());
            }
        }
        return null;
    }

    private static String text(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8).trim();
    }

    private static long octal(byte[] header, int offset, int length) {
        String value = text(header, offset, length);
        return value.isEmpty() ? 0 : Long.parseLong(value.trim(), 8);
    }
}
