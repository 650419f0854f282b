package org.imagingledger.audit.integrity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An append-only RFC 9162 Merkle tree that keeps, per level, the hashes of every complete
 * aligned subtree (level 0: leaves; level h: subtrees of 2^h leaves) in fixed-size byte chunks.
 * Any subtree hash, root, inclusion or consistency proof for any earlier size is computed from
 * these in O(log n) hash operations. One million leaves take about 64 MB (32 B a leaf, ~2×
 * over all levels), with no per-leaf object and no array copying as the tree grows.
 */
public final class MerkleTree {

    private static final int CHUNK_HASHES = 1 << 15; // 1 MiB per chunk

    private final List<Level> levels = new ArrayList<>();
    private long size;
    /**
     * Hashes of ranges that are not perfect subtrees (the right edge of some tree size): there
     * are only O(log n) of them per size, but every proof near the edge needs them again.
     */
    private final Map<Range, byte[]> edgeCache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Range, byte[]> eldest) {
            return size() > 1024;
        }
    };

    private record Range(long lo, long hi) {}

    public long size() {
        return size;
    }

    public void appendLeafHash(byte[] leafHash) {
        if (leafHash.length != Merkle.HASH_SIZE) {
            throw new IllegalArgumentException("a leaf hash has 32 bytes");
        }
        byte[] hash = leafHash;
        long index = size;
        int level = 0;
        while (true) {
            level(level).append(hash);
            if ((index & 1) == 0) {
                break;
            }
            // index is a right child: its aligned parent is complete now.
            hash = Merkle.nodeHash(level(level).get(index - 1), hash);
            index >>= 1;
            level++;
        }
        size++;
    }

    public void appendData(byte[] data) {
        appendLeafHash(Merkle.leafHash(data));
    }

    public byte[] leafHash(long index) {
        checkRange(index, 0, size);
        return levels.get(0).get(index);
    }

    public byte[] root() {
        return root(size);
    }

    /** MTH(D[0:n]) for any n up to the current size. */
    public byte[] root(long n) {
        checkRange(n, 0, size + 1);
        return n == 0 ? Merkle.emptyRoot() : hash(0, n);
    }

    /** RFC 9162 §2.1.3.1 PATH(m, D[0:n]), in the order the verifier consumes it. */
    public List<byte[]> inclusionProof(long m, long n) {
        checkRange(n, 1, size + 1);
        checkRange(m, 0, n);
        List<byte[]> path = new ArrayList<>();
        path(m, 0, n, path);
        return path;
    }

    /** RFC 9162 §2.1.4.1 PROOF(m, D[0:n]). */
    public List<byte[]> consistencyProof(long m, long n) {
        checkRange(n, 0, size + 1);
        checkRange(m, 0, n + 1);
        List<byte[]> proof = new ArrayList<>();
        if (m > 0 && m < n) {
            subproof(m, 0, n, true, proof);
        }
        return proof;
    }

    private void path(long m, long lo, long hi, List<byte[]> out) {
        long n = hi - lo;
        if (n == 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(m, lo, lo + k, out);
            out.add(hash(lo + k, hi));
        } else {
            path(m - k, lo + k, hi, out);
            out.add(hash(lo, lo + k));
        }
    }

    private void subproof(long m, long lo, long hi, boolean b, List<byte[]> out) {
        long n = hi - lo;
        if (m == n) {
            if (!b) {
                out.add(hash(lo, hi));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, lo, lo + k, b, out);
            out.add(hash(lo + k, hi));
        } else {
            subproof(m - k, lo + k, hi, false, out);
            out.add(hash(lo, lo + k));
        }
    }

    /** MTH(D[lo:hi]); lo is always aligned to the largest power of two in the RFC's recursion. */
    private byte[] hash(long lo, long hi) {
        long n = hi - lo;
        if ((n & (n - 1)) == 0) {
            int level = Long.numberOfTrailingZeros(n);
            return levels.get(level).get(lo >> level);
        }
        Range range = new Range(lo, hi);
        byte[] cached;
        synchronized (edgeCache) { // readers may share the tree; the cache is theirs to share too
            cached = edgeCache.get(range);
        }
        if (cached == null) {
            long k = largestPowerOfTwoBelow(n);
            cached = Merkle.nodeHash(hash(lo, lo + k), hash(lo + k, hi));
            synchronized (edgeCache) {
                edgeCache.put(range, cached);
            }
        }
        return cached;
    }

    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private Level level(int level) {
        while (levels.size() <= level) {
            levels.add(new Level());
        }
        return levels.get(level);
    }

    private static void checkRange(long value, long from, long toExclusive) {
        if (value < from || value >= toExclusive) {
            throw new IllegalArgumentException(value + " is outside [" + from + ", " + toExclusive + ")");
        }
    }

    /** Hashes of one level, 32 bytes each, in chunks so that growth never copies. */
    private static final class Level {
        private final List<byte[]> chunks = new ArrayList<>();
        private long count;

        void append(byte[] hash) {
            int offset = (int) (count % CHUNK_HASHES) * Merkle.HASH_SIZE;
            if (offset == 0) {
                chunks.add(new byte[64 * Merkle.HASH_SIZE]);
            }
            byte[] last = chunks.get(chunks.size() - 1);
            if (offset == last.length) {
                // Only the last chunk grows (doubling up to 1 MiB), so small trees stay small.
                last = Arrays.copyOf(last, last.length * 2);
                chunks.set(chunks.size() - 1, last);
            }
            System.arraycopy(hash, 0, last, offset, Merkle.HASH_SIZE);
            count++;
        }

        byte[] get(long index) {
            byte[] chunk = chunks.get((int) (index / CHUNK_HASHES));
            int offset = (int) (index % CHUNK_HASHES) * Merkle.HASH_SIZE;
            byte[] out = new byte[Merkle.HASH_SIZE];
            System.arraycopy(chunk, offset, out, 0, Merkle.HASH_SIZE);
            return out;
        }
    }
}
