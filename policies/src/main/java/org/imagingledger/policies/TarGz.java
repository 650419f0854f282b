package org.imagingledger.policies;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Just enough of the tar format to read an OPA bundle (regular files, ustar prefixes, GNU long
 * names and pax headers skipped); a dependency for this would be larger than the reader.
 *
 * <p>A bundle comes from an upload, so nothing in it is trusted: an entry's size is taken from
 * the bytes actually read, never allocated from its header, and both each entry and the whole
 * unpacked archive are bounded, so a small gzip stream cannot unpack into gigabytes.
 */
final class TarGz {

    private static final int BLOCK = 512;
    private static final int MAX_FILES = 10_000;

    private TarGz() {}

    /** File name (without a leading '/') to content. */
    static Map<String, byte[]> read(byte[] tarGz, long maxEntry, long maxTotal) throws InvalidBundleException {
        Map<String, byte[]> files = new HashMap<>();
        long total = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(tarGz))) {
            String longName = null;
            byte[] header = new byte[BLOCK];
            while (readFully(in, header)) {
                if (isZero(header)) {
                    break;
                }
                String name = text(header, 0, 100);
                String prefix = text(header, 345, 155);
                if (!prefix.isEmpty() && "ustar".equals(text(header, 257, 5))) {
                    name = prefix + "/" + name;
                }
                long size = octal(header, 124, 12);
                if (size < 0) {
                    throw new InvalidBundleException("the bundle's tar headers are corrupt");
                }
                if (size > maxEntry) {
                    throw new InvalidBundleException("an entry of the bundle is larger than " + maxEntry + " bytes");
                }
                total += BLOCK + size;
                if (total > maxTotal) {
                    throw new InvalidBundleException("the bundle unpacks to more than " + maxTotal + " bytes");
                }
                // readNBytes grows its buffer as bytes arrive: a header claiming more than the stream holds costs
                // nothing
                byte[] content = in.readNBytes((int) size);
                if (content.length < size) {
                    throw new InvalidBundleException("the bundle's tar stream ends early");
                }
                in.skipNBytes((BLOCK - size % BLOCK) % BLOCK);
                char type = (char) header[156];
                if (type == 'L') {
                    longName = new String(content, StandardCharsets.UTF_8).replace("\0", "");
                    continue;
                }
                if (longName != null) {
                    name = longName;
                    longName = null;
                }
                if ((type == '0' || type == '\0') && files.size() < MAX_FILES) {
                    files.put(name.replaceFirst("^\\.?/+", ""), content);
                }
            }
        } catch (IOException e) {
            throw new InvalidBundleException("the bundle is not a gzip-compressed tar archive", e);
        }
        return files;
    }

    private static boolean readFully(InputStream in, byte[] buffer) throws IOException {
        if (buffer.length == 0) {
            return true; // an empty file or a directory entry has no content blocks
        }
        int read = in.readNBytes(buffer, 0, buffer.length);
        if (read == 0) {
            return false;
        }
        if (read < buffer.length) {
            throw new IOException("truncated");
        }
        return true;
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static String text(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] header, int offset, int length) {
        String digits = text(header, offset, length).trim();
        try {
            return digits.isEmpty() ? 0 : Long.parseLong(digits, 8);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
