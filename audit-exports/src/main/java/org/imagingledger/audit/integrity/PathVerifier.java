package org.imagingledger.audit.integrity;

import java.util.Arrays;
import java.util.List;

/**
 * Verifies many inclusion proofs into one tree (RFC 9162 §2.1.3.2), one after the other, without
 * redoing shared work: when a proof's last {@code shared} hashes are those of the previous proof
 * and the computation reaches them in the same state (same node hash at the same position) as
 * the previous, verified proof did, the rest is the same computation, so the proof holds. A
 * complete export then costs about two hashes an event instead of ~log2(n).
 */
public final class PathVerifier {

    private final long treeSize;
    private final byte[] root;
    private long[] fns = new long[0];
    private long[] sns = new long[0];
    private byte[][] rs = new byte[0][];
    private int previousLength = -1;

    public PathVerifier(long treeSize, byte[] root) {
        this.treeSize = treeSize;
        this.root = root;
    }

    /** @param shared how many of the proof's last hashes are the previous proof's last hashes */
    public boolean verify(long leafIndex, byte[] leafHash, List<byte[]> proof, int shared) {
        if (leafIndex < 0 || leafIndex >= treeSize || leafHash.length != Merkle.HASH_SIZE) {
            return fail();
        }
        int n = proof.size();
        long[] fn = new long[n + 1];
        long[] sn = new long[n + 1];
        byte[][] r = new byte[n + 1][];
        fn[0] = leafIndex;
        sn[0] = treeSize - 1;
        r[0] = leafHash;
        int join = n - shared;
        int previousJoin = previousLength - shared;
        for (int i = 0; i < n; i++) {
            if (i == join
                    && previousLength >= 0
                    && shared > 0
                    && previousJoin >= 0
                    && fn[i] == fns[previousJoin]
                    && sn[i] == sns[previousJoin]
                    && Arrays.equals(r[i], rs[previousJoin])) {
                // same state, same remaining hashes as the verified previous proof
                System.arraycopy(fns, previousJoin, fn, i, n - i + 1);
                System.arraycopy(sns, previousJoin, sn, i, n - i + 1);
                System.arraycopy(rs, previousJoin, r, i, n - i + 1);
                remember(fn, sn, r, n);
                return true;
            }
            byte[] p = proof.get(i);
            long f = fn[i];
            long s = sn[i];
            if (s == 0 || p.length != Merkle.HASH_SIZE) {
                return fail();
            }
            byte[] h;
            if ((f & 1) == 1 || f == s) {
                h = Merkle.nodeHash(p, r[i]);
                if ((f & 1) == 0) {
                    while ((f & 1) == 0 && f != 0) {
                        f >>= 1;
                        s >>= 1;
                    }
                }
            } else {
                h = Merkle.nodeHash(r[i], p);
            }
            fn[i + 1] = f >> 1;
            sn[i + 1] = s >> 1;
            r[i + 1] = h;
        }
        if (sn[n] != 0 || !Arrays.equals(r[n], root)) {
            return fail();
        }
        remember(fn, sn, r, n);
        return true;
    }

    private void remember(long[] fn, long[] sn, byte[][] r, int n) {
        fns = fn;
        sns = sn;
        rs = r;
        previousLength = n;
    }

    private boolean fail() {
        previousLength = -1; // never build on a proof that did not verify
        return false;
    }
}
