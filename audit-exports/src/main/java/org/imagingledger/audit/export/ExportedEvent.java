package org.imagingledger.audit.export;

import java.time.Instant;
import org.imagingledger.audit.integrity.StoredEvent;

/** An event on its way into a package: its leaf position, canonical line and what it is about. */
record ExportedEvent(
        long leafIndex,
        StoredEvent event,
        String type,
        Instant time,
        Object payload,
        Facets facets,
        String leafHashHex,
        String payloadJson) {}
