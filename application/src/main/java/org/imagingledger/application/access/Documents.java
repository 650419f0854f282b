package org.imagingledger.application.access;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.domain.access.api.AttachDocument;
import org.imagingledger.domain.access.api.DocumentKind;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.projections.access.AccessQueries;
import org.imagingledger.projections.access.DocumentView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Documents attached to access requests: checked by content (PDF, PNG, JPEG) and size
 * ({@code ledger.documents.max-size}, 20 MB by default), stored in the database with their
 * SHA-256 recorded in a DocumentAttached event in the same transaction, and handed out only to
 * the applicant, the team, the panel, the chairs and auditors.
 */
@Service
public class Documents {

    private final StoredDocumentRepository store;
    private final AccessQueries access;
    private final RequestAccess readable;
    private final CommandGateway commands;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final DataSize maxSize;

    Documents(
            StoredDocumentRepository store,
            AccessQueries access,
            RequestAccess readable,
            CommandGateway commands,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${ledger.documents.max-size:20MB}") DataSize maxSize) {
        this.store = store;
        this.access = access;
        this.readable = readable;
        this.commands = commands;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.maxSize = maxSize;
    }

    public DataSize maxSize() {
        return maxSize;
    }

    /** A document's bytes with what the ledger recorded about them. */
    public record Download(DocumentView document, byte[] content) {}

    public DocumentView attach(String requestId, String kind, String fileName, byte[] bytes, Caller caller) {
        access.summary(requestId).orElseThrow(() -> CommandRejected.notFound("access request", requestId));
        DocumentKind documentKind = kind(kind);
        if (bytes == null || bytes.length == 0) {
            throw CommandRejected.invalid("file", ErrorCodes.REQUIRED, "is required (a PDF, PNG or JPEG file)");
        }
        if (bytes.length > maxSize.toBytes()) {
            throw tooLarge(maxSize);
        }
        String mediaType = DocumentContent.detect(bytes)
                .orElseThrow(() -> CommandRejected.invalid(
                        "file",
                        ErrorCodes.UNSUPPORTED_DOCUMENT,
                        "must be a PDF, PNG or JPEG file (judged by its content, not its name)",
                        "?"));
        String sha256 = sha256(bytes);
        String documentId = "doc-" + UUID.randomUUID();
        String name = fileName(fileName, mediaType);
        transaction.executeWithoutResult(status -> {
            store.save(new StoredDocument(documentId, requestId, sha256, bytes));
            commands.sendAndWait(new AttachDocument(
                    requestId,
                    documentId,
                    documentKind,
                    name,
                    mediaType,
                    bytes.length,
                    sha256,
                    caller.name(),
                    clock.instant()));
        });
        return access.document(documentId).orElseThrow();
    }

    /** The refusal of content over the limit (413), also for uploads the web layer stops early. */
    public static CommandRejected tooLarge(DataSize limit) {
        return CommandRejected.tooLarge(
                "file",
                ErrorCodes.DOCUMENT_TOO_LARGE,
                "must be at most " + limit.toMegabytes() + " MB",
                limit.toMegabytes());
    }

    public Download download(String requestId, String documentId, Caller caller) {
        AccessQueries.Detail detail = readable.readable(requestId, caller);
        if (!RequestAccess.mayDownload(caller, detail)) {
            throw CommandRejected.notFound("document", documentId);
        }
        DocumentView document = detail.documents().stream()
                .filter(d -> d.getDocumentId().equals(documentId))
                .findFirst()
                .orElseThrow(() -> CommandRejected.notFound("document", documentId));
        StoredDocument stored = store.findById(documentId)
                .orElseThrow(() -> new IllegalStateException("the bytes of document " + documentId + " are missing"));
        if (!sha256(stored.getContent()).equals(document.getSha256())) {
            throw new IllegalStateException(
                    "the stored bytes of document " + documentId + " do not match the SHA-256 recorded when attached");
        }
        return new Download(document, stored.getContent());
    }

    private static DocumentKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            throw CommandRejected.invalid("kind", ErrorCodes.REQUIRED, "is required");
        }
        try {
            return DocumentKind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CommandRejected.invalid(
                    "kind",
                    ErrorCodes.NOT_ONE_OF,
                    "must be one of " + List.of(DocumentKind.values()),
                    kind,
                    List.of(DocumentKind.values()));
        }
    }

    /** The name as the applicant's system gave it, without any path; a name is made up when none is given. */
    static String fileName(String given, String mediaType) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}]", "")
                .strip();
        if (name.isEmpty()) {
            name = "document." + DocumentContent.extension(mediaType);
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
