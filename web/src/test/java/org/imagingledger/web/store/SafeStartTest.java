package org.imagingledger.web.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.imagingledger.LedgerApplication;
import org.imagingledger.application.config.SafeStart;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Careless deployments are refused, and the embedded database's folder is the owner's alone. */
class SafeStartTest {

    private static final String POSTGRES = "jdbc:postgresql://db:5432/ledger";

    @Test
    void theDemoNeverSeedsAPostgresDatabaseUnlessThatIsDeliberate() {
        MockEnvironment demoOnPostgres = new MockEnvironment().withProperty("spring.datasource.url", POSTGRES);
        demoOnPostgres.setActiveProfiles("postgres", "demo");
        assertThatThrownBy(() -> new SafeStart().postProcessEnvironment(demoOnPostgres, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ledger.demo.allow-on-postgres");

        MockEnvironment demoData = new MockEnvironment()
                .withProperty("spring.datasource.url", POSTGRES)
                .withProperty("ledger.demo.enabled", "true");
        assertThatThrownBy(() -> new SafeStart().postProcessEnvironment(demoData, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class);

        demoOnPostgres.setProperty("ledger.demo.allow-on-postgres", "true");
        new SafeStart().postProcessEnvironment(demoOnPostgres, new SpringApplication());
        MockEnvironment production = new MockEnvironment().withProperty("spring.datasource.url", POSTGRES);
        production.setActiveProfiles("postgres");
        new SafeStart().postProcessEnvironment(production, new SpringApplication());
    }

    @Test
    void theDataFolderAndEveryFileInItAreOwnerOnly() throws Exception {
        Path dir = Files.createTempDirectory("ledger-safe").resolve("data");
        try (ConfigurableApplicationContext ledger = new SpringApplicationBuilder(LedgerApplication.class)
                .run(
                        "--ledger.data-dir=" + dir,
                        "--server.port=0",
                        "--logging.level.root=warn",
                        "--ledger.audit.generate-key=true")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
                    .isEqualTo("rwx------");
            List<Path> files;
            try (Stream<Path> list = Files.list(dir)) {
                files = list.filter(Files::isRegularFile).toList();
            }
            assertThat(files)
                    .extracting(p -> p.getFileName().toString())
                    .contains("audit-signing-key.pem", "ledger.mv.db");
            for (Path file : files) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                        .as(file.toString())
                        .isEqualTo("rw-------");
            }
        }
    }
}
