package org.imagingledger.audit.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.imagingledger.audit.integrity.Hex;
import org.imagingledger.audit.integrity.Merkle;

/**
 * The files of a package, deflated (and hashed, and CRC'd) on a second thread while the events
 * are still being written, then laid out as a zip (APPNOTE 4.3: local headers, data, central
 * directory). The export pass and the compression each get a core; a bounded queue of 64 KiB
 * chunks keeps memory flat. Entries are limited to 4 GiB each (no Zip64).
 */
final class DeflatedFiles implements AutoCloseable {

    private static final int CHUNK = 1 << 16;
    private static final byte[] END = new byte[0];

    /** One file: its compressed temp file and what the zip and the manifest need to know. */
    final class Entry extends OutputStream {
        final String name;
        final Path deflated;
        final CRC32 crc = new CRC32();
        final MessageDigest sha256 = Merkle.sha256();
        final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        OutputStream out;
        long size;
        long compressedSize;
        String sha;
        private byte[] buffer = new byte[CHUNK];
        private int filled;
        private boolean closed;

        Entry(String name) throws IOException {
            this.name = name;
            this.deflated = dir.resolve(name + ".deflated");
        }

        @Override
        public void write(int b) throws IOException {
            if (filled == buffer.length) {
                hand();
            }
            buffer[filled++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (filled == buffer.length) {
                    hand();
                }
                int n = Math.min(len, buffer.length - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        private void hand() throws IOException {
            submit(this, filled == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, filled));
            buffer = new byte[CHUNK];
            filled = 0;
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                if (filled > 0) {
                    hand();
                }
                submit(this, END);
            }
        }

        String sha256Hex() {
            return Hex.encode(sha256.digest());
        }

        /** On the compressing thread. */
        void compress(byte[] chunk) throws IOException {
            if (out == null) {
                out = new BufferedOutputStream(Files.newOutputStream(deflated), CHUNK);
            }
            byte[] buf = new byte[CHUNK];
            if (chunk == END) {
                deflater.finish();
                while (!deflater.finished()) {
                    drain(buf);
                }
                deflater.end();
                out.close();
                return;
            }
            crc.update(chunk);
            sha256.update(chunk);
            size += chunk.length;
            deflater.setInput(chunk);
            while (!deflater.needsInput()) {
                drain(buf);
            }
        }

        private void drain(byte[] buf) throws IOException {
            int n = deflater.deflate(buf);
            out.write(buf, 0, n);
            compressedSize += n;
        }
    }

    private record Task(Entry entry, byte[] chunk) {}

    private final Path dir;
    private final List<Entry> entries = new ArrayList<>();
    private final BlockingQueue<Task> queue = new ArrayBlockingQueue<>(64);
    private final Thread worker;
    private volatile Throwable failure;

    DeflatedFiles(Path dir) {
        this.dir = dir;
        worker = new Thread(this::work, "export-deflate");
        worker.setDaemon(true);
        worker.start();
    }

    Entry create(String name) throws IOException {
        Entry e = new Entry(name);
        entries.add(e);
        return e;
    }

    Entry add(String name, byte[] content) throws IOException {
        Entry e = create(name);
        e.write(content);
        e.close();
        return e;
    }

    /** After {@link #finish()}: compressed on the calling thread. */
    Entry addNow(String name, byte[] content) throws IOException {
        Entry e = new Entry(name);
        entries.add(e);
        e.compress(content);
        e.compress(END);
        return e;
    }

    private void submit(Entry entry, byte[] chunk) throws IOException {
        checkFailure();
        try {
            queue.put(new Task(entry, chunk));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private void work() {
        try {
            while (true) {
                Task t = queue.take();
                if (t.entry() == null) {
                    return;
                }
                t.entry().compress(t.chunk());
            }
        } catch (Throwable e) {
            failure = e;
            queue.clear();
        }
    }

    /** The SHA-256 of an entry's uncompressed bytes; only after {@link #finish()}. */
    String sha256Of(String name) {
        for (Entry e : entries) {
            if (e.name.equals(name)) {
                if (e.sha == null) {
                    e.sha = e.sha256Hex();
                }
                return e.sha;
            }
        }
        throw new IllegalArgumentException("no file " + name);
    }

    /** Waits until every submitted chunk is compressed. */
    void finish() throws IOException {
        try {
            queue.put(new Task(null, null));
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        checkFailure();
    }

    private void checkFailure() throws IOException {
        if (failure != null) {
            throw new IOException("compressing the package failed: " + failure.getMessage(), failure);
        }
    }

    /** Writes the zip: every entry in the order created. */
    void writeZip(OutputStream out, long epochMillis) throws IOException {
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochMillis / 1000, 0, ZoneOffset.UTC);
        int dosTime = (t.getHour() << 11) | (t.getMinute() << 5) | (t.getSecond() / 2);
        int dosDate = ((Math.max(t.getYear(), 1980) - 1980) << 9) | (t.getMonthValue() << 5) | t.getDayOfMonth();
        ZipBytes central = new ZipBytes();
        long offset = 0;
        for (Entry e : entries) {
            if (e.size > 0xFFFFFFFFL || e.compressedSize > 0xFFFFFFFFL) {
                throw new IOException(e.name + " is larger than 4 GiB: export fewer events at a time");
            }
            byte[] name = e.name.getBytes(StandardCharsets.UTF_8);
            ZipBytes local = new ZipBytes();
            local.u32(0x04034b50)
                    .u16(20)
                    .u16(0x0800)
                    .u16(8)
                    .u16(dosTime)
                    .u16(dosDate)
                    .u32(e.crc.getValue())
                    .u32(e.compressedSize)
                    .u32(e.size)
                    .u16(name.length)
                    .u16(0)
                    .bytes(name);
            out.write(local.toByteArray());
            try (InputStream in = Files.newInputStream(e.deflated)) {
                in.transferTo(out);
            }
            central.u32(0x02014b50)
                    .u16(20)
                    .u16(20)
                    .u16(0x0800)
                    .u16(8)
                    .u16(dosTime)
                    .u16(dosDate)
                    .u32(e.crc.getValue())
                    .u32(e.compressedSize)
                    .u32(e.size)
                    .u16(name.length)
                    .u16(0)
                    .u16(0)
                    .u16(0)
                    .u16(0)
                    .u32(0)
                    .u32(offset)
                    .bytes(name);
            offset += local.size() + e.compressedSize;
        }
        byte[] cd = central.toByteArray();
        out.write(cd);
        ZipBytes end = new ZipBytes();
        end.u32(0x06054b50)
                .u16(0)
                .u16(0)
                .u16(entries.size())
                .u16(entries.size())
                .u32(cd.length)
                .u32(offset)
                .u16(0);
        out.write(end.toByteArray());
        out.flush();
    }

    @Override
    public void close() {
        worker.interrupt();
    }

    /** Little-endian fields of zip headers. */
    private static final class ZipBytes extends java.io.ByteArrayOutputStream {
        ZipBytes u16(int v) {
            write(v & 0xff);
            write((v >>> 8) & 0xff);
            return this;
        }

        ZipBytes u32(long v) {
            u16((int) (v & 0xffff));
            u16((int) ((v >>> 16) & 0xffff));
            return this;
        }

        ZipBytes bytes(byte[] b) {
            write(b, 0, b.length);
            return this;
        }
    }
}
