package org.imagingledger.web.access;

import java.nio.charset.StandardCharsets;
import org.imagingledger.application.access.Documents;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A document's download: its detected type, named as attached, never sniffed or shown inline. */
final class DocumentResponses {

    private DocumentResponses() {}

    static ResponseEntity<byte[]> of(Documents.Download download) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.document().getMediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(download.document().getFileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Document-SHA256", download.document().getSha256())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(download.content());
    }
}
