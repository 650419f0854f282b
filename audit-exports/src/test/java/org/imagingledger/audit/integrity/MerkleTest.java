package org.imagingledger.audit.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test vectors from an independent RFC 6962 implementation: transparency-dev/merkle
 * (Go; files testonly/constants.go and proof/verify_test.go, Apache-2.0): eight leaf inputs,
 * the root of every tree size 0..8, and inclusion and consistency proofs between them.
 */
class MerkleTest {

    static final byte[][] LEAVES = {
        hex(""),
        hex("00"),
        hex("10"),
        hex("2021"),
        hex("3031"),
        hex("40414243"),
        hex("5051525354555657"),
        hex("606162636465666768696a6b6c6d6e6f")
    };

    static final String[] ROOTS = {
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"
    };

    /** {leaf index (0-based), tree size, proof hashes…}. */
    static final String[][] INCLUSION = {
        {
            "0",
            "8",
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"
        },
        {
            "5",
            "8",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"
        },
        {"2", "3", "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"},
        {
            "1",
            "5",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"
        }
    };

    /** {size1, size2, proof hashes…}. */
    static final String[][] CONSISTENCY = {
        {
            "1",
            "8",
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"
        },
        {
            "6",
            "8",
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"
        },
        {
            "2",
            "5",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"
        },
        {
            "6",
            "7",
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"
        }
    };

    @Test
    void rootsOfEveryPrefixMatchTheReference() {
        MerkleTree tree = new MerkleTree();
        assertThat(Hex.encode(tree.root())).isEqualTo(ROOTS[0]);
        for (int i = 0; i < LEAVES.length; i++) {
            tree.appendData(LEAVES[i]);
            assertThat(Hex.encode(tree.root())).as("root of size %d", i + 1).isEqualTo(ROOTS[i + 1]);
        }
        RootAccumulator streaming = new RootAccumulator();
        assertThat(Hex.encode(streaming.root())).isEqualTo(ROOTS[0]);
        for (int n = 0; n <= 8; n++) {
            assertThat(Hex.encode(tree.root(n))).isEqualTo(ROOTS[n]);
            if (n > 0) {
                streaming.append(Merkle.leafHash(LEAVES[n - 1]));
                assertThat(Hex.encode(streaming.root()))
                        .as("streaming root of size %d", n)
                        .isEqualTo(ROOTS[n]);
            }
        }
    }

    @Test
    void inclusionProofsMatchAndVerify() {
        MerkleTree tree = tree(8);
        for (String[] v : INCLUSION) {
            long m = Long.parseLong(v[0]);
            long n = Long.parseLong(v[1]);
            List<byte[]> expected = hashes(v, 2);
            assertThat(tree.inclusionProof(m, n))
                    .as("PATH(%d, %d)", m, n)
                    .usingElementComparator(MerkleTest::cmp)
                    .containsExactlyElementsOf(expected);
            byte[] leaf = Merkle.leafHash(LEAVES[(int) m]);
            assertThat(Merkle.verifyInclusion(m, n, leaf, expected, hex(ROOTS[(int) n])))
                    .isTrue();
            // The reference's corruptions: wrong index, size, leaf, root, truncated or extended path.
            assertThat(Merkle.verifyInclusion(m ^ 1, n, leaf, expected, hex(ROOTS[(int) n])))
                    .isFalse();
            assertThat(Merkle.verifyInclusion(m, n * 2, leaf, expected, hex(ROOTS[(int) n])))
                    .isFalse();
            assertThat(Merkle.verifyInclusion(m, n, Merkle.leafHash(hex("ff")), expected, hex(ROOTS[(int) n])))
                    .isFalse();
            assertThat(Merkle.verifyInclusion(m, n, leaf, expected, hex(ROOTS[0])))
                    .isFalse();
            assertThat(Merkle.verifyInclusion(
                            m, n, leaf, expected.subList(0, expected.size() - 1), hex(ROOTS[(int) n])))
                    .isFalse();
            List<byte[]> longer = new ArrayList<>(expected);
            longer.add(hex(ROOTS[(int) n]));
            assertThat(Merkle.verifyInclusion(m, n, leaf, longer, hex(ROOTS[(int) n])))
                    .isFalse();
        }
    }

    @Test
    void consistencyProofsMatchAndVerify() {
        MerkleTree tree = tree(8);
        for (String[] v : CONSISTENCY) {
            long m = Long.parseLong(v[0]);
            long n = Long.parseLong(v[1]);
            List<byte[]> expected = hashes(v, 2);
            assertThat(tree.consistencyProof(m, n))
                    .as("PROOF(%d, %d)", m, n)
                    .usingElementComparator(MerkleTest::cmp)
                    .containsExactlyElementsOf(expected);
            byte[] r1 = hex(ROOTS[(int) m]);
            byte[] r2 = hex(ROOTS[(int) n]);
            assertThat(Merkle.verifyConsistency(m, n, expected, r1, r2)).isTrue();
            assertThat(Merkle.verifyConsistency(m, n, expected, r2, r1)).isFalse();
            assertThat(Merkle.verifyConsistency(m + 1, n, expected, r1, r2)).isFalse();
            assertThat(Merkle.verifyConsistency(m, n, List.of(), r1, r2)).isFalse();
            List<byte[]> flipped = new ArrayList<>(expected);
            byte[] first = flipped.get(0).clone();
            first[0] ^= 16;
            flipped.set(0, first);
            assertThat(Merkle.verifyConsistency(m, n, flipped, r1, r2)).isFalse();
        }
        assertThat(Merkle.verifyConsistency(0, 5, List.of(), hex(ROOTS[0]), hex(ROOTS[5])))
                .isTrue();
        assertThat(Merkle.verifyConsistency(3, 3, List.of(), hex(ROOTS[3]), hex(ROOTS[3])))
                .isTrue();
        assertThat(Merkle.verifyConsistency(3, 2, List.of(), hex(ROOTS[3]), hex(ROOTS[2])))
                .isFalse();
    }

    @Test
    void everyProofOfALargerTreeVerifiesAgainstANaiveRecursiveRoot() {
        Random random = new Random(7);
        MerkleTree tree = new MerkleTree();
        List<byte[]> data = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            byte[] d = new byte[random.nextInt(20)];
            random.nextBytes(d);
            data.add(d);
            tree.appendData(d);
        }
        for (int n = 1; n <= 300; n += 37) {
            byte[] root = naiveRoot(data.subList(0, n));
            assertThat(tree.root(n)).isEqualTo(root);
            for (int m = 0; m < n; m += 11) {
                assertThat(Merkle.verifyInclusion(m, n, Merkle.leafHash(data.get(m)), tree.inclusionProof(m, n), root))
                        .isTrue();
            }
            for (int m = 1; m <= n; m += 13) {
                assertThat(Merkle.verifyConsistency(m, n, tree.consistencyProof(m, n), tree.root(m), root))
                        .isTrue();
            }
        }
    }

    @Test
    void thePathVerifierAgreesWithTheRfcAlgorithmOnEveryLeafAndRefusesBrokenOnes() {
        MerkleTree tree = new MerkleTree();
        for (int i = 0; i < 777; i++) {
            tree.appendData(new byte[] {(byte) i, (byte) (i >> 8)});
        }
        long n = tree.size();
        PathVerifier paths = new PathVerifier(n, tree.root());
        List<byte[]> previous = List.of();
        for (long m = 0; m < n; m++) {
            List<byte[]> proof = tree.inclusionProof(m, n);
            int shared = ((Number) PackageLayout.proofLine(m, proof, previous).get("reuse")).intValue();
            byte[] leaf = tree.leafHash(m);
            assertThat(paths.verify(m, leaf, proof, shared)).as("leaf %d", m).isTrue();
            if (m % 50 == 7) {
                byte[] wrong = leaf.clone();
                wrong[3] ^= 1;
                assertThat(paths.verify(m, wrong, proof, shared))
                        .as("altered leaf %d", m)
                        .isFalse();
                assertThat(paths.verify(m, leaf, proof, shared)).isTrue(); // and it recovers
            }
            previous = proof;
        }
    }

    /** MTH straight from RFC 9162 §2.1.1, recursively, as a second opinion for sizes beyond 8. */
    static byte[] naiveRoot(List<byte[]> d) {
        if (d.isEmpty()) {
            return Merkle.emptyRoot();
        }
        if (d.size() == 1) {
            return Merkle.leafHash(d.get(0));
        }
        int k = Integer.highestOneBit(d.size() - 1);
        return Merkle.nodeHash(naiveRoot(d.subList(0, k)), naiveRoot(d.subList(k, d.size())));
    }

    static MerkleTree tree(int n) {
        MerkleTree tree = new MerkleTree();
        for (int i = 0; i < n; i++) {
            tree.appendData(LEAVES[i]);
        }
        return tree;
    }

    static List<byte[]> hashes(String[] v, int from) {
        List<byte[]> out = new ArrayList<>();
        for (int i = from; i < v.length; i++) {
            out.add(hex(v[i]));
        }
        return out;
    }

    static int cmp(byte[] a, byte[] b) {
        return java.util.Arrays.compare(a, b);
    }

    static byte[] hex(String s) {
        return Hex.decode(s);
    }
}
