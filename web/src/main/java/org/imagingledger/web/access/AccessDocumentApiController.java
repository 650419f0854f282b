package org.imagingledger.web.access;

import java.io.IOException;
import org.imagingledger.application.access.Documents;
import org.imagingledger.web.access.AccessDtos.DocumentDto;
import org.imagingledger.web.security.Allowed;
import org.imagingledger.web.security.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Documents of an access request: the applicant uploads (multipart: {@code kind}, {@code file});
 * the applicant, team, panel, chairs and auditors download.
 */
@RestController
@RequestMapping("/api/v1/access-requests/{id}/documents")
class AccessDocumentApiController {

    private final Documents documents;

    AccessDocumentApiController(Documents documents) {
        this.documents = documents;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Allowed.RESEARCHER)
    DocumentDto attach(
            @PathVariable String id,
            @RequestParam(required = false) String kind,
            @RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        return DocumentDto.of(documents.attach(
                id,
                kind,
                file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes(),
                Callers.current()));
    }

    @GetMapping("/{documentId}")
    @PreAuthorize(Allowed.DOCUMENT_READERS)
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String documentId) {
        return DocumentResponses.of(documents.download(id, documentId, Callers.current()));
    }
}
