package org.imagingledger.application.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The ledger's public base URL ({@code ledger.public-url}, default http://localhost:8080): the
 * links in webhooks and e-mails, the issuer of passport visas and the address of its keys.
 */
@Component
public class PublicUrl {

    private final String base;

    PublicUrl(@Value("${ledger.public-url:http://localhost:8080}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The base, without a trailing slash. */
    public String base() {
        return base;
    }

    /** The base followed by the path (which starts with a slash). */
    public String of(String path) {
        return base + path;
    }
}
