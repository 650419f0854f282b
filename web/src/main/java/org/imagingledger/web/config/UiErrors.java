package org.imagingledger.web.config;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a form page shows when a command is refused. The refusal ({@link Refusal}) goes to the
 * page shown again: the posted values (so that nothing typed is lost), each broken rule beside
 * its input, and a banner naming each field by its visible label, in the page's language, worded
 * from the error codes' sentences (never the API's field paths).
 */
public final class UiErrors {

    /** Parameters never kept: the CSRF token, the form's own id, confirmations (asked again each time). */
    private static final Set<String> NOT_KEPT = Set.of("_csrf", "_form", "confirm");

    private UiErrors() {}

    /** Runs a command for a form; on refusal puts the refusal in the flash scope and returns false. */
    public static boolean attempt(RedirectAttributes redirect, Runnable command) {
        try {
            command.run();
            return true;
        } catch (CommandRejected e) {
            refuse(redirect, e);
        } catch (AggregateNotFoundException e) {
            refuse(redirect, CommandRejected.notFound("record", String.valueOf(e.getAggregateIdentifier())));
        } catch (CommandExecutionException e) {
            refuse(redirect, List.of(), List.of(text("problem." + ErrorCodes.UNEXPECTED, "unexpected failure")));
        } catch (IllegalArgumentException e) {
            refuse(redirect, List.of(), List.of(String.valueOf(e.getMessage())));
        }
        return false;
    }

    /** Puts a refusal in the flash scope: the form's values, its errors beside their inputs, the banner. */
    public static void refuse(RedirectAttributes redirect, CommandRejected e) {
        Locale locale = LocaleContextHolder.getLocale();
        if (e.violations().isEmpty()) {
            refuse(redirect, List.of(), List.of(problems.message(e.code(), e.args(), e.getMessage(), locale)));
            return;
        }
        refuse(redirect, items(e, locale), List.of());
    }

    /**
     * Each broken rule worded in the page's language; an argument naming another field (the
     * "after {0}" of a period) is that field's visible label, never its internal path.
     */
    private static List<Problems.Item> items(CommandRejected e, Locale locale) {
        List<Problems.Item> items = new ArrayList<>();
        for (CommandRejected.Violation v : e.violations()) {
            List<String> args = v.args().stream()
                    .map(a -> FieldLabels.known(a) ? text(FieldLabels.of(a).label(), a) : a)
                    .toList();
            items.add(new Problems.Item(v.field(), v.code(), problems.message(v.code(), args, v.message(), locale)));
        }
        return items;
    }

    /** A binding failure (a date that is no date, a number that is none), worded like a refusal. */
    public static boolean refusedBinding(BindingResult binding, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            return false;
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<Problems.Item> items = new ArrayList<>();
        for (FieldError error : binding.getFieldErrors()) {
            boolean date =
                    error.getField().startsWith("period") || error.getField().startsWith("valid");
            String code = date ? ErrorCodes.NOT_A_DATE : ErrorCodes.WRONG_TYPE;
            items.add(new Problems.Item(error.getField(), code, problems.message(code, List.of(), code, locale)));
        }
        refuse(redirect, items, List.of());
        return true;
    }

    /** A form refused before any command: one rule of one field. */
    public static void refuseField(RedirectAttributes redirect, String field, String code, Object... args) {
        List<String> strings = new ArrayList<>();
        for (Object a : args) {
            strings.add(String.valueOf(a));
        }
        Locale locale = LocaleContextHolder.getLocale();
        refuse(
                redirect,
                List.of(new Problems.Item(field, code, problems.message(code, strings, code, locale))),
                List.of());
    }

    private static void refuse(RedirectAttributes redirect, List<Problems.Item> items, List<String> general) {
        Map<String, List<String>> fieldErrors = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>(general);
        for (Problems.Item item : items) {
            FieldLabels.Input input = FieldLabels.of(item.field());
            List<String> errors = fieldErrors.computeIfAbsent(input.name(), k -> new ArrayList<>());
            if (!errors.contains(item.message())) {
                errors.add(item.message());
            }
            String line =
                    input.label() == null ? item.message() : text(input.label(), input.name()) + ": " + item.message();
            if (!lines.contains(line)) {
                lines.add(line);
            }
        }
        HttpServletRequest request = currentRequest();
        String form = request == null ? null : request.getParameter("_form");
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (request != null) {
            request.getParameterMap().forEach((name, posted) -> {
                if (!NOT_KEPT.contains(name)) {
                    values.put(name, List.of(posted));
                }
            });
        }
        redirect.addFlashAttribute("refusal", new Refusal(form, values, fieldErrors, lines));
        redirect.addFlashAttribute("errors", lines);
    }

    /** Each field and rule of a refusal, for a page that shows it in place (a GET form's filters). */
    public static List<String> reasons(CommandRejected e) {
        if (problems == null) {
            return List.of(e.getMessage());
        }
        Locale locale = LocaleContextHolder.getLocale();
        if (e.violations().isEmpty()) {
            return List.of(problems.message(e.code(), e.args(), e.getMessage(), locale));
        }
        return items(e, locale).stream()
                .map(i -> {
                    FieldLabels.Input input = FieldLabels.of(i.field());
                    return input.label() == null ? i.message() : text(input.label(), input.name()) + ": " + i.message();
                })
                .toList();
    }

    private static String text(String key, String fallback) {
        return messages == null ? fallback : messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }

    private static Problems problems;
    private static MessageSource messages;

    /** Set once at start-up: the wording of refusals and labels in the page's language. */
    @org.springframework.stereotype.Component
    static class Wiring {
        Wiring(Problems bean, MessageSource source) {
            problems = bean;
            messages = source;
        }
    }
}
