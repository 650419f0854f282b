package org.imagingledger.policies;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An uploaded bundle is not trusted: sizes come from the bytes, and unpacking is bounded. */
class TarGzLimitsTest {

    private static final long ENTRY = 1L << 20;
    private static final long TOTAL = 3L << 20;

    @Test
    void aHeaderClaimingGigabytesIsRefusedBeforeAnythingIsAllocated() throws IOException {
        byte[] archive = gzip(out -> header(out, "policy.wasm", 2L << 30));
        assertThatThrownBy(() -> TarGz.read(archive, ENTRY, TOTAL))
                .isInstanceOf(InvalidBundleException.class)
                .hasMessageContaining("larger than " + ENTRY);
    }

    @Test
    void aHeaderClaimingMoreThanTheStreamHoldsIsCutShort() throws IOException {
        byte[] archive = gzip(out -> {
            header(out, "data.json", ENTRY);
            out.write(new byte[512]);
        });
        assertThatThrownBy(() -> TarGz.read(archive, ENTRY, TOTAL))
                .isInstanceOf(InvalidBundleException.class)
                .hasMessageContaining("ends early");
    }

    @Test
    void aSmallStreamThatUnpacksBeyondTheTotalIsRefused() throws IOException {
        // four entries of a mebibyte of zeros: a few kilobytes compressed, four mebibytes unpacked
        byte[] archive = gzip(out -> {
            for (int i = 0; i < 4; i++) {
                entry(out, "zeros-" + i, new byte[(int) ENTRY]);
            }
        });
        assertThat(archive.length).isLessThan(64 * 1024);
        assertThatThrownBy(() -> TarGz.read(archive, ENTRY, TOTAL))
                .isInstanceOf(InvalidBundleException.class)
                .hasMessageContaining("unpacks to more than " + TOTAL);
    }

    @Test
    void entriesWithinTheBoundsAreRead() throws Exception {
        byte[] archive = gzip(out -> {
            entry(out, "a.json", "{}".getBytes(StandardCharsets.UTF_8));
            entry(out, "b.bin", new byte[(int) ENTRY]);
        });
        Map<String, byte[]> files = TarGz.read(archive, ENTRY, TOTAL);
        assertThat(files).containsOnlyKeys("a.json", "b.bin");
        assertThat(files.get("b.bin")).hasSize((int) ENTRY);
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static byte[] gzip(Writer writer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            writer.write(gzip);
            gzip.write(new byte[1024]); // the two zero blocks that end a tar archive
        }
        return bytes.toByteArray();
    }

    private static void entry(OutputStream out, String name, byte[] content) throws IOException {
        header(out, name, content.length);
        out.write(content);
        out.write(new byte[(int) ((512 - content.length % 512) % 512)]);
    }

    private static void header(OutputStream out, String name, long size) throws IOException {
        byte[] header = new byte[512];
        put(header, 0, name);
        put(header, 100, "0000644");
        put(header, 124, String.format("%011o", size));
        header[156] = '0';
        put(header, 257, "ustar");
        out.write(header);
    }

    private static void put(byte[] header, int offset, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, header, offset, bytes.length);
    }
}
