package org.imagingledger.web.access;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.imagingledger.application.access.Documents;
import org.imagingledger.web.config.UiErrors;
import org.imagingledger.web.security.Allowed;
import org.imagingledger.web.security.Callers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The request page's documents: the applicant's upload form, and downloads for those who may. */
@Controller
class AccessDocumentController {

    private final Documents documents;
    private final MessageSource messages;

    AccessDocumentController(Documents documents, MessageSource messages) {
        this.documents = documents;
        this.messages = messages;
    }

    @PostMapping("/requests/{id}/documents")
    @PreAuthorize(Allowed.RESEARCHER)
    String processDocumentForm(
            @PathVariable String id,
            @RequestParam(required = false) String kind,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        byte[] bytes = file == null ? null : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        if (UiErrors.attempt(redirect, () -> documents.attach(id, kind, name, bytes, Callers.current()))) {
            redirect.addFlashAttribute(
                    "message", messages.getMessage("form.done", null, LocaleContextHolder.getLocale()));
        }
        return "redirect:/requests/" + id + "#documents";
    }

    @GetMapping("/requests/{id}/documents/{documentId}")
    @PreAuthorize(Allowed.DOCUMENT_READERS)
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String documentId) {
        return DocumentResponses.of(documents.download(id, documentId, Callers.current()));
    }

    /** A file over the limit never reaches the form's handler: back to the request page, refused. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request) {
        String path = request.getRequestURI();
        String id = path.replaceFirst(".*/requests/([^/]+)/documents$", "$1");
        RequestContextUtils.getOutputFlashMap(request)
                .put(
                        "errors",
                        List.of(messages.getMessage(
                                "problem.document_too_large",
                                new Object[] {documents.maxSize().toMegabytes()},
                                LocaleContextHolder.getLocale())));
        return "redirect:/requests/" + id;
    }
}
