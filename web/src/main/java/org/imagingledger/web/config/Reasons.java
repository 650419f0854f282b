package org.imagingledger.web.config;

import java.util.Locale;
import org.imagingledger.domain.shared.DuoTerms;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The policy's reason and obligation codes in words, in the page's language
 * ({@code ${@reasons.word(code)}}; messages/policy*.properties): a DUO obligation in the DUO
 * vocabulary's words, an unknown code as itself.
 */
@Component("reasons")
public class Reasons {

    private final MessageSource messages;
    private final Labels labels;

    Reasons(MessageSource messages, Labels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    public String word(String code) {
        return reason(code, null);
    }

    /** A reason; the policy's own (English) message is the fallback. */
    public String reason(String code, String fallback) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage("policy.reason." + code, null, fallback == null ? code : fallback, locale);
    }

    /** An obligation: a DUO modifier in words, or the ledger's own obligation. */
    public String obligation(String code, String fallback) {
        if (code != null && code.startsWith("DUO:")) {
            return DuoTerms.find(code).isPresent() ? labels.duoLabel(code) : fallback;
        }
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage("policy.obligation." + code, null, fallback == null ? code : fallback, locale);
    }

    /** Why a subject was left out. */
    public String exclusion(String code) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage("policy.exclusion." + code, null, code, locale);
    }
}
