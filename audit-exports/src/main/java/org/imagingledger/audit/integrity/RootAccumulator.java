package org.imagingledger.audit.integrity;

import java.util.ArrayList;
import java.util.List;

/**
 * The RFC 9162 root of a growing sequence of leaves in O(log n) memory: it keeps only the roots
 * of the perfect subtrees that make up the current size (its binary digits), so the root of any
 * prefix can be read while the leaves stream by.
 */
public final class RootAccumulator {

    private final List<byte[]> stack = new ArrayList<>();
    private final List<Integer> heights = new ArrayList<>();
    private long size;

    public void append(byte[] leafHash) {
        byte[] hash = leafHash;
        int height = 0;
        while (!heights.isEmpty() && heights.get(heights.size() - 1) == height) {
            hash = Merkle.nodeHash(stack.remove(stack.size() - 1), hash);
            heights.remove(heights.size() - 1);
            height++;
        }
        stack.add(hash);
        heights.add(height);
        size++;
    }

    public long size() {
        return size;
    }

    /** MTH of the leaves appended so far. */
    public byte[] root() {
        if (stack.isEmpty()) {
            return Merkle.emptyRoot();
        }
        byte[] root = stack.get(stack.size() - 1);
        for (int i = stack.size() - 2; i >= 0; i--) {
            root = Merkle.nodeHash(stack.get(i), root);
        }
        return root;
    }
}
