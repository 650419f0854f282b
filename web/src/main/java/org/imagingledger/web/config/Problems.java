package org.imagingledger.web.config;

import java.util.List;
import java.util.Locale;
import org.imagingledger.domain.shared.CommandRejected;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Words refusals in the caller's language. A refusal carries a stable code and its arguments;
 * the sentence is the bundle's {@code problem.<code>} (messages/problems*.properties), or the
 * English sentence of the rule when a bundle lacks the code. Used for the API's RFC 9457
 * problem details and for the pages ({@code ${@problems.text(e)}}).
 */
@Component("problems")
public class Problems {

    /** One broken rule as the API shows it. */
    public record Item(String field, String code, String message) {}

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    public String message(String code, List<String> args, String fallback, Locale locale) {
        return messages.getMessage("problem." + code, args.toArray(), fallback, locale);
    }

    public String title(HttpStatus status, Locale locale) {
        return messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale);
    }

    public List<Item> items(List<CommandRejected.Violation> violations, Locale locale) {
        return violations.stream()
                .map(v -> new Item(v.field(), v.code(), message(v.code(), v.args(), v.message(), locale)))
                .toList();
    }

    public ProblemDetail of(CommandRejected e, HttpStatus status, Locale locale) {
        return of(status, e.code(), e.args(), e.getMessage(), e.violations(), locale);
    }

    public ProblemDetail of(
            HttpStatus status,
            String code,
            List<String> args,
            String fallback,
            List<CommandRejected.Violation> violations,
            Locale locale) {
        List<Item> items = items(violations, locale);
        String detail = items.isEmpty()
                ? message(code, args, fallback, locale)
                : String.join(
                        "; ",
                        items.stream().map(i -> i.field() + ": " + i.message()).toList());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title(status, locale));
        problem.setProperty("code", code);
        problem.setProperty("violations", items);
        return problem;
    }

    /** A refusal as one line per broken rule, in the page's language. */
    public List<String> lines(CommandRejected e) {
        Locale locale = LocaleContextHolder.getLocale();
        if (e.violations().isEmpty()) {
            return List.of(message(e.code(), e.args(), e.getMessage(), locale));
        }
        return items(e.violations(), locale).stream()
                .map(i -> i.field() + ": " + i.message())
                .toList();
    }
}
