package org.imagingledger.application.config;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The embedded database creates its files after the folder was made owner-only (SafeStart), with
 * the process's default permissions: once started, they are made owner-only too.
 */
@Component
class DataFolderPermissions {

    private final String url;
    private final Path dataDir;

    DataFolderPermissions(
            @Value("${spring.datasource.url:}") String url, @Value("${ledger.data-dir:./data}") Path dataDir) {
        this.url = url;
        this.dataDir = dataDir;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ownerOnly() {
        if (url.startsWith("jdbc:h2:file:")) {
            SafeStart.ownerOnly(dataDir);
        }
    }
}
