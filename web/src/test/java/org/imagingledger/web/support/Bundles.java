package org.imagingledger.web.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.imagingledger.policies.PolicyBundle;

import static org.assertj.core.api.Assertions.assertThat;

/** Policy bundles for the tests. */
public final class Bundles {

    private Bundles() {}

    /** The built-in bundle repacked with another manifest revision, with the system's tar. */
    public static byte[] withRevision(String revision) throws Exception {
        Path dir = Files.createTempDirectory("bundle");
        Path in = dir.resolve("in.tar.gz");
        Files.write(in, PolicyBundle.builtin().bytes());
        Path files = Files.createDirectory(dir.resolve("files"));
        run(dir, "tar", "xzf", in.toString(), "-C", files.toString());
        Path manifest = files.resolve(".manifest");
        Files.writeString(
                manifest,
                Files.readString(manifest)
                        .replaceFirst("\"revision\"\\s*:\\s*\"[^\"]*\"", "\"revision\":\"" + revision + "\""));
        Path out = dir.resolve("out.tar.gz");
        // files only: the ledger's tar reader takes no directory entries, and opa writes none
        run(files, "sh", "-c", "tar czf '" + out + "' $(find . -type f)");
        return Files.readAllBytes(out);
    }

    private static void run(Path dir, String... command) throws Exception {
        Process process =
                new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
    }
}
