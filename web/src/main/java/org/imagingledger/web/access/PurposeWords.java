package org.imagingledger.web.access;

import java.util.Locale;
import org.imagingledger.domain.access.api.PolicyItem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The purpose check's reasons and obligations in the reader's words: each reason code and each
 * obligation (by its DUO shorthand: what the applicant must do) has a message in English and
 * Italian; a code this ledger version does not know keeps the policy's own message.
 */
@Component("purposeWords")
public class PurposeWords {

    private final MessageSource messages;

    PurposeWords(MessageSource messages) {
        this.messages = messages;
    }

    public String reason(PolicyItem item, Locale locale) {
        return messages.getMessage("purpose.reason." + item.code(), null, item.message(), locale);
    }

    public String obligation(PolicyItem item, Locale locale) {
        String key = item.shorthand() == null ? item.code() : item.shorthand();
        return messages.getMessage("purpose.obligation." + key, null, item.message(), locale);
    }
}
