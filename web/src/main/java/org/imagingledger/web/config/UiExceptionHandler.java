package org.imagingledger.web.config;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.imagingledger.domain.shared.CommandRejected;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page asked for something missing or not the reader's (a request, a permit, a trail):
 * the error page with the right status, never a 500. Form posts handle refusals themselves
 * (UiErrors) and redirect back to the form.
 */
@ControllerAdvice(annotations = Controller.class)
class UiExceptionHandler {

    @ExceptionHandler(CommandRejected.class)
    void refused(CommandRejected e, HttpServletResponse response) throws IOException {
        response.sendError(ApiExceptionHandler.statusOf(e.kind()).value(), e.getMessage());
    }

    /** A form post that lost a race for its record to another request: 409, nothing was stored. */
    @ExceptionHandler({
        org.axonframework.modelling.command.ConcurrencyException.class,
        org.springframework.dao.ConcurrencyFailureException.class
    })
    void conflict(RuntimeException e, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_CONFLICT, "changed at the same moment by another request: try again");
    }
}
