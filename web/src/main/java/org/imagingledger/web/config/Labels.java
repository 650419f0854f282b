package org.imagingledger.web.config;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.imagingledger.domain.shared.DuoTerms;
import org.imagingledger.domain.shared.MondoTerms;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Vocabulary labels for the templates: {@code ${@labels.duo(codes)}} (shorthands),
 * {@code ${@labels.duoWords(codes)}} (the terms in the page's language, messages/vocab*.properties),
 * {@code ${@labels.mondo(id)}}.
 */
@Component("labels")
public class Labels {

    private static final Pattern GENERATED =
            Pattern.compile("(.*-)?([0-9a-f]{8})-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final MessageSource messages;

    public Labels() {
        this(null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    public Labels(MessageSource messages) {
        this.messages = messages;
    }

    public String duo(List<String> codes) {
        return codes == null ? "" : codes.stream().map(DuoTerms::label).collect(Collectors.joining(", "));
    }

    public String duo(String code) {
        return DuoTerms.label(code);
    }

    /** A DUO term in words, in the page's language: "health or medical or biomedical research". */
    public String duoLabel(String code) {
        return DuoTerms.find(code)
                .map(t -> text("duo." + key(t.id()), t.label()))
                .orElse(code);
    }

    /** A DUO term's definition in the page's language. */
    public String duoDefinition(String code) {
        return DuoTerms.find(code)
                .map(t -> text("duo." + key(t.id()) + ".definition", t.label()))
                .orElse("");
    }

    /** Terms in words with their shorthand: "health or medical or biomedical research (HMB), …". */
    public String duoWords(List<String> codes) {
        if (codes == null) {
            return "";
        }
        return codes.stream()
                .map(c -> {
                    String shorthand = DuoTerms.label(c);
                    String words = duoLabel(c);
                    return shorthand.equals(c) || shorthand.equals(words) ? words : words + " (" + shorthand + ")";
                })
                .collect(Collectors.joining(", "));
    }

    /**
     * A generated id (prefix and UUID, e.g. permit-4734dbb0-2ba8-…) cut after the UUID's first
     * group for narrow table columns, where the whole id broke over five lines; the pages put
     * the whole id in a tooltip and on the record's own page. Other ids are left whole.
     */
    public String shortId(String id) {
        if (id == null) {
            return "";
        }
        var m = GENERATED.matcher(id);
        return m.matches() ? (m.group(1) == null ? "" : m.group(1)) + m.group(2) + "…" : id;
    }

    /** A Mondo disease in the page's language. */
    public String mondo(String id) {
        if (id == null) {
            return "";
        }
        return MondoTerms.contains(id) ? text("mondo." + key(id), MondoTerms.label(id)) : MondoTerms.label(id);
    }

    private static String key(String id) {
        return id.replace(':', '_');
    }

    private String text(String key, String fallback) {
        if (messages == null) {
            return fallback;
        }
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, fallback, locale);
    }
}
