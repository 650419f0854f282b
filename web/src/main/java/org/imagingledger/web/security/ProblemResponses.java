package org.imagingledger.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.imagingledger.web.config.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Problem details written by the security filters, which answer before Spring MVC's exception
 * handling: the same shape and language as every other refusal of the API.
 */
@Component
class ProblemResponses {

    private final Problems problems;
    private final ObjectMapper json;
    private final LocaleResolver locales;

    ProblemResponses(Problems problems, ObjectMapper json, LocaleResolver locales) {
        this.problems = problems;
        this.json = json;
        this.locales = locales;
    }

    void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code, String fallback)
            throws IOException {
        ProblemDetail problem =
                problems.of(status, code, List.of(), fallback, List.of(), locales.resolveLocale(request));
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
