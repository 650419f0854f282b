package org.imagingledger.web.config;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The state of the forms on a page shown again after a refusal ({@code ${@form.value(formId, name, default)}}):
 * the values the refused form carried and the errors of each of its inputs. Forms name themselves
 * with a hidden {@code _form} input, so that of several forms on a page only the refused one is
 * refilled and marked.
 */
@Component("form")
public class Forms {

    /** The refusal the previous post left, if any. */
    public Refusal refusal() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        HttpServletRequest request = attributes.getRequest();
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        return flash != null && flash.get("refusal") instanceof Refusal r ? r : null;
    }

    private Refusal of(String formId) {
        Refusal refusal = refusal();
        return refusal != null && refusal.isFor(formId) ? refusal : null;
    }

    /** Whether this form was the one refused. */
    public boolean refused(String formId) {
        return of(formId) != null;
    }

    /** The value the refused form carried for this input, or the default. */
    public Object value(String formId, String name, Object fallback) {
        Refusal refusal = of(formId);
        if (refusal == null) {
            return fallback;
        }
        List<String> values = refusal.values().get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    /** Whether a checkbox or option was chosen in the refused form, or the default. */
    public boolean checked(String formId, String name, Object value, boolean fallback) {
        Refusal refusal = of(formId);
        if (refusal == null) {
            return fallback;
        }
        List<String> values = refusal.values().get(name);
        return values != null && values.contains(String.valueOf(value));
    }

    /** Whether a value is among a default selection (a list) or equals the default value. */
    public boolean chosen(String formId, String name, Object value, Object defaults) {
        boolean fallback = defaults instanceof Collection<?> many
                ? many.stream().anyMatch(v -> String.valueOf(v).equals(String.valueOf(value)))
                : defaults != null && String.valueOf(defaults).equals(String.valueOf(value));
        return checked(formId, name, value, fallback);
    }

    /** The errors of one input of the refused form, in the page's language. */
    public List<String> errors(String formId, String name) {
        Refusal refusal = of(formId);
        if (refusal == null) {
            return List.of();
        }
        return refusal.fieldErrors().getOrDefault(name, List.of());
    }

    public boolean invalid(String formId, String name) {
        return !errors(formId, name).isEmpty();
    }
}
