package org.imagingledger.web.config;

import org.imagingledger.domain.shared.Violations;

/**
 * Values a body must carry even though Java would default them: a missing flag must never
 * silently mean "no", a missing count never "0". Request records use boxed types and name the
 * missing ones here, all at once.
 */
public final class RequiredFields {

    private final Violations violations = Violations.check();
    private final String prefix;

    private RequiredFields(String prefix) {
        this.prefix = prefix.isEmpty() ? "" : prefix + ".";
    }

    public static RequiredFields at(String prefix) {
        return new RequiredFields(prefix);
    }

    public <T> T require(String field, T value, T placeholder) {
        violations.required(prefix + field, value);
        return value == null ? placeholder : value;
    }

    public void orReject() {
        violations.orReject();
    }
}
