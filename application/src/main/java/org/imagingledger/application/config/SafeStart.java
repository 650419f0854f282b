package org.imagingledger.application.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Checks made before anything opens the database:
 * <ul>
 *   <li>the demo (its published users, tokens and keys) never seeds a PostgreSQL database, the
 *       production store, unless {@code ledger.demo.allow-on-postgres=true} says that this is
 *       deliberate (a demonstration deployment on PostgreSQL);</li>
 *   <li>the embedded database's folder is the owner's alone (700, its files 600), created so
 *       from the start, since it holds the whole ledger.</li>
 * </ul>
 */
public class SafeStart implements EnvironmentPostProcessor {

    static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url", "");
        boolean demo = Arrays.asList(environment.getActiveProfiles()).contains("demo")
                || environment.getProperty("ledger.demo.enabled", Boolean.class, false);
        boolean postgres = url.startsWith("jdbc:postgresql:");
        if (demo && postgres && !environment.getProperty("ledger.demo.allow-on-postgres", Boolean.class, false)) {
            throw new IllegalStateException("the demo profile (published users, node tokens and keys) would seed the "
                    + "PostgreSQL database " + url + "; drop the demo profile, or set "
                    + "ledger.demo.allow-on-postgres=true for a deliberate demonstration deployment");
        }
        if (url.startsWith("jdbc:h2:file:")) {
            ownerOnly(Path.of(environment.getProperty("ledger.data-dir", "./data")));
        }
    }

    /** Creates the folder owner-only (or makes it so) and makes the files already in it owner-only. */
    static void ownerOnly(Path dir) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            if (Files.notExists(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
            }
            Files.setPosixFilePermissions(dir, OWNER_DIR);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.setPosixFilePermissions(file, OWNER_FILE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the data folder " + dir + " owner-only", e);
        }
    }

    /** Writes a new file that is owner-only from its first byte (keys). */
    public static void writeOwnerOnly(Path file, String content) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            if (Files.notExists(parent)) {
                Files.createDirectories(parent, PosixFilePermissions.asFileAttribute(OWNER_DIR));
            }
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_FILE));
        } else {
            Files.createDirectories(parent);
            Files.createFile(file);
        }
        Files.writeString(file, content);
    }
}
