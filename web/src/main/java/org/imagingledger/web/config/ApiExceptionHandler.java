package org.imagingledger.web.config;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.Locale;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.imagingledger.application.access.Documents;
import org.imagingledger.application.ops.LedgerMetrics;
import org.imagingledger.application.shared.Conflicts;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Maps every refusal of the API to an RFC 9457 problem detail: status, a title and detail in the
 * caller's language (Accept-Language), the rule's stable {@code code}, and
 * {@code violations: [{field, code, message}]}.
 */
// Only the API's controllers: the selectors of an advice are alternatives, so naming the package
// as well would also answer the pages' errors as JSON (the pages have the error page).
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Problems problems;
    private final LedgerMetrics metrics;
    private final DataSize maxDocumentSize;

    ApiExceptionHandler(
            Problems problems,
            LedgerMetrics metrics,
            @Value("${ledger.documents.max-size:20MB}") DataSize maxDocumentSize) {
        this.problems = problems;
        this.metrics = metrics;
        this.maxDocumentSize = maxDocumentSize;
    }

    @ExceptionHandler(CommandRejected.class)
    ResponseEntity<ProblemDetail> rejected(CommandRejected e, Locale locale) {
        HttpStatus status = statusOf(e.kind());
        counted(e.code());
        return respond(problems.of(e, status, locale));
    }

    /** Over a quota: 429, with Retry-After when waiting helps. Nothing was recorded. */
    @ExceptionHandler(org.imagingledger.application.shared.QuotaExceeded.class)
    ResponseEntity<ProblemDetail> quota(org.imagingledger.application.shared.QuotaExceeded e, Locale locale) {
        ProblemDetail problem =
                problems.of(HttpStatus.TOO_MANY_REQUESTS, e.code(), e.args(), e.getMessage(), List.of(), locale);
        ResponseEntity.BodyBuilder answer =
                ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        e.retryAfter()
                .ifPresent(wait ->
                        answer.header("Retry-After", String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000))));
        return answer.body(problem);
    }

    /**
     * A command that lost a race for its record to another request (on this instance or another)
     * and could not be retried: nothing was stored, and sending it again is safe.
     */
    @ExceptionHandler({
        ConcurrencyException.class,
        ConcurrencyFailureException.class,
        jakarta.persistence.OptimisticLockException.class,
        TransactionSystemException.class
    })
    ResponseEntity<ProblemDetail> conflict(RuntimeException e, Locale locale) {
        if (!Conflicts.isConflict(e)) {
            return unexpected(e, locale);
        }
        log.info("a command lost a race for its record and was answered 409: {}", e.getMessage());
        counted(ErrorCodes.CONCURRENT_CHANGE);
        return respond(problems.of(
                HttpStatus.CONFLICT,
                ErrorCodes.CONCURRENT_CHANGE,
                List.of(),
                "the record was changed at the same moment by another request; nothing was recorded: try again",
                List.of(),
                locale));
    }

    /** Refusals of commands (not of reads) are counted by code: ledger_commands_total{result="refused"}. */
    private void counted(String code) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && !"GET".equals(request.getRequest().getMethod())) {
            metrics.refused(code);
        }
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> wrapped(CommandExecutionException e, Locale locale) {
        Throwable cause = e.getCause();
        if (cause instanceof CommandRejected rejected) {
            return rejected(rejected, locale);
        }
        if (cause instanceof AggregateNotFoundException missing) {
            return notFound(missing, locale);
        }
        if (cause instanceof IncompatibleAggregateException other) {
            return otherKind(other, locale);
        }
        if (Conflicts.isConflict(e)) {
            return conflict(e, locale);
        }
        return unexpected(e, locale);
    }

    /** A role or node calling what it may not (the @PreAuthorize rules on each endpoint). */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, Locale locale) {
        counted(ErrorCodes.ROLE_FORBIDS);
        return respond(problems.of(
                HttpStatus.FORBIDDEN,
                ErrorCodes.ROLE_FORBIDS,
                List.of(),
                "your role may not do this",
                List.of(),
                locale));
    }

    /** The id names a record of another kind (a node's command sent to a request's id): no such record. */
    @ExceptionHandler(IncompatibleAggregateException.class)
    ResponseEntity<ProblemDetail> otherKind(IncompatibleAggregateException e, Locale locale) {
        return rejected(CommandRejected.notFound("record", "of this kind"), locale);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException e, Locale locale) {
        return rejected(CommandRejected.notFound("record", String.valueOf(e.getAggregateIdentifier())), locale);
    }

    /**
     * An aggregate created with an id that exists: Axon reports it as a stream-creation
     * failure (or, from the JPA store, a duplicate key beneath an EventStoreException).
     * Recognised by type, never by the text of a message.
     */
    @ExceptionHandler({AggregateStreamCreationException.class, EventStoreException.class})
    ResponseEntity<ProblemDetail> duplicate(RuntimeException e, Locale locale) {
        if (e instanceof AggregateStreamCreationException || causedByDuplicateKey(e)) {
            return rejected(CommandRejected.duplicate("id", "the given id"), locale);
        }
        if (Conflicts.isConflict(e)) {
            return conflict(e, locale);
        }
        return unexpected(e, locale);
    }

    static boolean causedByDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DuplicateKeyException
                    || t instanceof java.sql.SQLIntegrityConstraintViolationException
                    || t instanceof org.hibernate.exception.ConstraintViolationException
                    || t instanceof jakarta.persistence.EntityExistsException) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, Locale locale) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof BodyLimits.TooLarge large) {
                return tooLarge(large.limit(), locale);
            }
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.JsonParseException) {
                return invalid("body", ErrorCodes.NOT_JSON, "must be a JSON document of the documented shape", locale);
            }
        }
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return invalid(
                    path(unknown),
                    ErrorCodes.UNKNOWN_FIELD,
                    "is not a field of this body",
                    locale,
                    unknown.getPropertyName());
        }
        if (e.getCause() instanceof InvalidFormatException || e.getCause() instanceof MismatchedInputException) {
            JsonMappingException mapping = (JsonMappingException) e.getCause();
            if (!mapping.getPath().isEmpty()) {
                return invalid(path(mapping), ErrorCodes.WRONG_TYPE, "has the wrong type or format", locale);
            }
        }
        if (e.getCause() instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            return invalid(path(mapping), ErrorCodes.WRONG_TYPE, "has the wrong type or format", locale);
        }
        return invalid("body", ErrorCodes.NOT_JSON, "must be a JSON document of the documented shape", locale);
    }

    @ExceptionHandler(BodyLimits.TooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(BodyLimits.TooLarge e, Locale locale) {
        return tooLarge(e.limit(), locale);
    }

    /** A malformed multipart body (no boundary, cut short) is the caller's error, not the server's. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ProblemDetail> badMultipart(org.springframework.web.multipart.MultipartException e, Locale locale) {
        return invalid("body", ErrorCodes.NOT_MULTIPART, "must be a well-formed multipart/form-data body", locale);
    }

    private ResponseEntity<ProblemDetail> tooLarge(long limit, Locale locale) {
        return respond(problems.of(
                HttpStatus.PAYLOAD_TOO_LARGE,
                ErrorCodes.TOO_LARGE,
                List.of(String.valueOf(limit)),
                "the body is larger than " + limit + " bytes",
                List.of(),
                locale));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        return invalid(e.getName(), ErrorCodes.WRONG_TYPE, "has the wrong type or format", locale);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, Locale locale) {
        return invalid(e.getParameterName(), ErrorCodes.REQUIRED, "is required", locale);
    }

    /** An upload over the document size limit ({@code ledger.documents.max-size}): 413, nothing recorded. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, Locale locale) {
        return rejected(Documents.tooLarge(maxDocumentSize), locale);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e, Locale locale) {
        return invalid(e.getRequestPartName(), ErrorCodes.REQUIRED, "is required", locale);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, Locale locale) {
        return respond(problems.of(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                ErrorCodes.UNSUPPORTED_MEDIA_TYPE,
                List.of(),
                "send the body as application/json",
                List.of(),
                locale));
    }

    private ResponseEntity<ProblemDetail> invalid(
            String field, String code, String message, Locale locale, Object... args) {
        return rejected(CommandRejected.invalid(field, code, message, args), locale);
    }

    private ResponseEntity<ProblemDetail> unexpected(Exception e, Locale locale) {
        log.error("unexpected failure", e);
        return respond(problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                ErrorCodes.UNEXPECTED,
                List.of(),
                "unexpected failure; nothing was recorded",
                List.of(),
                locale));
    }

    static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The JSON path of the offending member, as the caller wrote it: {@code purpose.codes[1]}. */
    static String path(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("body");
    }

    static HttpStatus statusOf(CommandRejected.Kind kind) {
        return switch (kind) {
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case INVALID_STATE -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
        };
    }
}
