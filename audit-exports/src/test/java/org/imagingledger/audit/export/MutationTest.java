package org.imagingledger.audit.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.imagingledger.audit.verify.PackageVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** 1,000 seeded random single-byte changes, spread over every file of a package: all are caught. */
class MutationTest {

    @TempDir
    Path dir;

    @Test
    void everySingleByteMutationIsDetected() throws IOException {
        SampleLedger ledger = SampleLedger.of(16);
        Map<String, byte[]> files = ExportPackageTest.unzip(ledger.export(ExportFilter.ALL));
        Path clean = dir.resolve("clean.zip");
        Files.write(clean, ExportPackageTest.rezip(files));
        assertThat(PackageVerifier.verify(clean, ledger.key.pair().getPublic()).ok())
                .isTrue();

        Random random = new Random(4_2026);
        List<String> names = new ArrayList<>(files.keySet());
        Map<String, Integer> perFile = new LinkedHashMap<>();
        List<String> missed = new ArrayList<>();
        Path mutated = dir.resolve("mutated.zip");
        for (int i = 0; i < 1000; i++) {
            String name = names.get(i % names.size()); // every file gets its share
            byte[] original = files.get(name);
            int pos = random.nextInt(original.length);
            byte value;
            do {
                value = (byte) random.nextInt(256);
            } while (value == original[pos]);
            byte[] changed = original.clone();
            changed[pos] = value;
            Map<String, byte[]> copy = new LinkedHashMap<>(files);
            copy.put(name, changed);
            Files.write(mutated, ExportPackageTest.rezip(copy));
            PackageVerifier.Report report =
                    PackageVerifier.verify(mutated, ledger.key.pair().getPublic());
            if (report.ok()) {
                missed.add(name + "@" + pos + "=" + value);
            } else {
                assertThat(report.failures())
                        .anySatisfy(f -> assertThat(f.file()).isIn(name, "manifest.json", "manifest.sig"));
            }
            perFile.merge(name, 1, Integer::sum);
        }
        assertThat(missed).isEmpty();
        assertThat(perFile)
                .hasSize(10)
                .allSatisfy((name, count) -> assertThat(count).isGreaterThanOrEqualTo(100));
    }
}
