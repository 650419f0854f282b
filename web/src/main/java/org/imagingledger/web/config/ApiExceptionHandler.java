package org.imagingledger.web.config;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.imagingledger.domain.shared.CommandRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Maps every refusal to a status and a JSON body naming the field and the rule. */
@RestControllerAdvice(basePackages = "org.imagingledger.web", annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(CommandRejected.class)
    ResponseEntity<ApiError> rejected(CommandRejected e) {
        HttpStatus status = statusOf(e.kind());
        return ResponseEntity.status(status)
                .body(new ApiError(status.value(), status.getReasonPhrase(), e.getMessage(), e.violations()));
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ApiError> wrapped(CommandExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof CommandRejected rejected) {
            return rejected(rejected);
        }
        if (cause instanceof AggregateNotFoundException missing) {
            return notFound(missing);
        }
        return unexpected(e);
    }

    /** A role or node calling what it may not (the @PreAuthorize rules on each endpoint). */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException e) {
        return error(HttpStatus.FORBIDDEN, "your role may not do this", List.of());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ApiError> notFound(AggregateNotFoundException e) {
        return error(HttpStatus.NOT_FOUND, "no such record: " + e.getAggregateIdentifier(), List.of());
    }

    @ExceptionHandler({AggregateStreamCreationException.class, EventStoreException.class})
    ResponseEntity<ApiError> duplicate(RuntimeException e) {
        if (e instanceof EventStoreException && !(e instanceof AggregateStreamCreationException)
                && (e.getMessage() == null || !e.getMessage().contains("reuse aggregate identifier"))) {
            return unexpected(e);
        }
        return error(HttpStatus.CONFLICT, "the id is already taken", List.of(new CommandRejected.Violation("id", "is already taken")));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
            return error(HttpStatus.BAD_REQUEST, field + ": has the wrong type or format",
                    List.of(new CommandRejected.Violation(field, "has the wrong type or format")));
        }
        return error(HttpStatus.BAD_REQUEST, "the body is not valid JSON",
                List.of(new CommandRejected.Violation("body", "must be valid JSON")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, e.getName() + ": has the wrong type or format",
                List.of(new CommandRejected.Violation(e.getName(), "has the wrong type or format")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
        return error(HttpStatus.BAD_REQUEST, e.getParameterName() + ": is required",
                List.of(new CommandRejected.Violation(e.getParameterName(), "is required")));
    }

    private ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("unexpected failure", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected failure; nothing was recorded", List.of());
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String message, List<CommandRejected.Violation> violations) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), status.getReasonPhrase(), message, violations));
    }

    static HttpStatus statusOf(CommandRejected.Kind kind) {
        return switch (kind) {
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case INVALID_STATE -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
    }
}
