package org.imagingledger.application.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;

/**
 * What an endpoint URL may be: absolute http(s), with a host, without user info or fragment, at
 * most 2000 characters; https only, unless loopback is allowed (demo and tests), and then plain
 * http only to a loopback host. Link-local ("cloud metadata") and wildcard addresses are always
 * refused, loopback unless allowed, when registering and again, resolved, at each delivery.
 */
final class WebhookUrls {

    static final int MAX_LENGTH = 2000;

    private WebhookUrls() {}

    static URI check(String field, String url, boolean allowLoopback) {
        if (url == null || url.isBlank()) {
            throw CommandRejected.invalid(field, ErrorCodes.REQUIRED, "is required");
        }
        String trimmed = url.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw CommandRejected.invalid(field, ErrorCodes.TOO_LONG, "must be at most 2000 characters", MAX_LENGTH);
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw notUrl(field);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute()
                || uri.getHost() == null
                || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null
                || !(scheme.equals("https") || scheme.equals("http"))) {
            throw notUrl(field);
        }
        boolean loopbackName = isLoopbackName(uri.getHost());
        if (scheme.equals("http") && !(allowLoopback && loopbackName)) {
            throw CommandRejected.invalid(field, ErrorCodes.NOT_HTTPS, "must be an https URL");
        }
        if ((!allowLoopback && loopbackName) || forbiddenLiteral(uri.getHost(), allowLoopback)) {
            throw CommandRejected.invalid(
                    field, ErrorCodes.HOST_FORBIDDEN, "must not point at this machine or a link-local address");
        }
        return uri;
    }

    /** At delivery: the host's addresses, as resolved now, must still be allowed. Null when fine, else why not. */
    static String refusal(URI uri, boolean allowLoopback) {
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (forbidden(address, allowLoopback)) {
                    return "the host " + uri.getHost() + " resolves to " + address.getHostAddress()
                            + ", a loopback, link-local or wildcard address";
                }
            }
            return null;
        } catch (UnknownHostException e) {
            return "unknown host " + uri.getHost();
        }
    }

    private static CommandRejected notUrl(String field) {
        return CommandRejected.invalid(
                field,
                ErrorCodes.NOT_URL,
                "must be an absolute http(s) URL with a host, without user info or fragment");
    }

    private static boolean isLoopbackName(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost")
                || h.endsWith(".localhost")
                || h.startsWith("127.")
                || h.equals("[::1]")
                || h.equals("::1");
    }

    private static boolean forbiddenLiteral(String host, boolean allowLoopback) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false; // a name: checked once resolved, at delivery
        }
        try {
            return forbidden(InetAddress.getByName(h), allowLoopback);
        } catch (UnknownHostException e) {
            return true;
        }
    }

    /** Link-local ("cloud metadata") and wildcard addresses always; loopback unless allowed (demo, tests). */
    private static boolean forbidden(InetAddress address, boolean allowLoopback) {
        return (!allowLoopback && address.isLoopbackAddress())
                || address.isLinkLocalAddress()
                || address.isAnyLocalAddress();
    }
}
