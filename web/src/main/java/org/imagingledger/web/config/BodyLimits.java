package org.imagingledger.web.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every request body before anything reads it: a declared length over the limit is
 * answered 413 at once, and a body sent without a length is cut off at the limit while it is
 * read. The limit is the JSON default unless a path pattern names its own (a batch of
 * questions, a policy bundle, a document).
 */
public class BodyLimits extends OncePerRequestFilter {

    /** Limits by Ant path pattern; the first pattern that matches wins. */
    @ConfigurationProperties("ledger.limits")
    public static class Settings {
        private DataSize jsonBody = DataSize.ofMegabytes(1);
        private Map<String, DataSize> paths = new LinkedHashMap<>(Map.of(
                "/api/v1/decisions/batch", DataSize.ofMegabytes(8),
                "/api/v1/policy-bundles", DataSize.ofMegabytes(32),
                "/policies", DataSize.ofMegabytes(32),
                // a document (ledger.documents.max-size, 20 MB) and the form's other fields
                "/**/documents", DataSize.ofMegabytes(21)));

        public DataSize getJsonBody() {
            return jsonBody;
        }

        public void setJsonBody(DataSize jsonBody) {
            this.jsonBody = jsonBody;
        }

        public Map<String, DataSize> getPaths() {
            return paths;
        }

        public void setPaths(Map<String, DataSize> paths) {
            this.paths = paths;
        }
    }

    /** Thrown while reading a body that goes past its limit; answered 413. */
    public static class TooLarge extends IOException {
        private final long limit;

        TooLarge(long limit) {
            super("the request body is larger than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    private final Settings settings;
    private final AntPathMatcher paths = new AntPathMatcher();
    private final TooLargeResponder responder;

    /** Writes the 413 answer (a problem detail under /api, the error page elsewhere). */
    public interface TooLargeResponder {
        void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException;
    }

    public BodyLimits(Settings settings, TooLargeResponder responder) {
        this.settings = settings;
        this.responder = responder;
    }

    long limitFor(String path) {
        for (Map.Entry<String, DataSize> entry : settings.getPaths().entrySet()) {
            if (paths.match(entry.getKey(), path)) {
                return entry.getValue().toBytes();
            }
        }
        return settings.getJsonBody().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = limitFor(path);
        if (request.getContentLengthLong() > limit) {
            responder.tooLarge(request, response, limit);
            return;
        }
        chain.doFilter(new Bounded(request, limit), response);
    }

    private static final class Bounded extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > limit) {
                throw new TooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
