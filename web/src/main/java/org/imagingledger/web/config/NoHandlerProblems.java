package org.imagingledger.web.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.imagingledger.domain.shared.ErrorCodes;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Requests that reach no controller at all: an unknown path (404) or a method the path does not
 * take (405). Under /api/ they are problem details like every other refusal; elsewhere they go
 * to the error page.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class NoHandlerProblems {

    private final Problems problems;

    NoHandlerProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(
            HttpRequestMethodNotSupportedException e,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale)
            throws IOException {
        return answer(
                request,
                response,
                problems.of(
                        HttpStatus.METHOD_NOT_ALLOWED,
                        ErrorCodes.METHOD_NOT_ALLOWED,
                        List.of(e.getMethod()),
                        "this path does not take " + e.getMethod(),
                        List.of(),
                        locale));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> missing(
            NoResourceFoundException e, HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws IOException {
        return answer(
                request,
                response,
                problems.of(
                        HttpStatus.NOT_FOUND,
                        ErrorCodes.NO_SUCH_PATH,
                        List.of(),
                        "there is nothing at this path",
                        List.of(),
                        locale));
    }

    private static ResponseEntity<ProblemDetail> answer(
            HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            problem.setInstance(java.net.URI.create(request.getRequestURI()));
            return ApiExceptionHandler.respond(problem);
        }
        response.sendError(problem.getStatus());
        return null;
    }
}
