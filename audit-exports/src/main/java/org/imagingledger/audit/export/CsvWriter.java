package org.imagingledger.audit.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Set;

/** events.csv: RFC 4180 (CRLF, quoted when needed), one row per exported event. */
final class CsvWriter implements AutoCloseable {

    private final Writer out;

    CsvWriter(Writer out) throws IOException {
        this.out = out;
        line(
                "leafIndex",
                "globalIndex",
                "timestamp",
                "eventType",
                "aggregateType",
                "aggregateId",
                "sequenceNumber",
                "principal",
                "nodes",
                "datasets",
                "pseudonyms",
                "permits",
                "requests",
                "eventId",
                "leafHash",
                "payload");
    }

    void row(ExportedEvent e) throws IOException {
        Facets f = e.facets();
        line(
                Long.toString(e.leafIndex()),
                Long.toString(e.event().globalIndex()),
                e.event().timestamp(),
                ExportFilter.simpleName(e.type()),
                e.event().aggregateType(),
                e.event().aggregateId(),
                Long.toString(e.event().sequenceNumber()),
                f.principal(),
                join(f.nodes()),
                join(f.datasets()),
                join(f.pseudonyms()),
                join(f.permits()),
                join(f.requests()),
                e.event().eventId(),
                e.leafHashHex(),
                e.payloadJson());
    }

    private static String join(Set<String> values) {
        return String.join(";", values);
    }

    private void line(String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            String f = fields[i] == null ? "" : fields[i];
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                out.write('"');
                out.write(f.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(f);
            }
        }
        out.write("\r\n");
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
