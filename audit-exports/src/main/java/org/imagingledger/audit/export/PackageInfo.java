package org.imagingledger.audit.export;

import java.time.Instant;

/** Who asks for an export, when, and for what. */
public record PackageInfo(String exportId, String exportedBy, Instant exportedAt, ExportFilter filter) {}
