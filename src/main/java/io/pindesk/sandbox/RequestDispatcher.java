package io.pindesk.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns each HTTP exchange into a {@link SandboxResponse}: counts it, applies latency and injected faults to
 * {@code /v5}, authenticates the bearer token and checks the operation's scopes, then routes to the API handlers,
 * the OAuth endpoints or the image store, and writes the answer.
 */
final class RequestDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(RequestDispatcher.class);

    private final SandboxServer server;
    private final Router router;
    private final AuthorizeEndpoint authorize;
    private final TokenEndpoint tokenEndpoint;
    private final ImageStore images;
    private final TokenService tokens;
    private final FaultInjector faults;
    private final RequestLog log;
    private final SandboxLibrary library;
    private volatile Duration latency = Duration.ZERO;

    RequestDispatcher(SandboxServer server, Router router, AuthorizeEndpoint authorize, TokenEndpoint tokenEndpoint,
            ImageStore images) {
        this.server = server;
        this.router = router;
        this.authorize = authorize;
        this.tokenEndpoint = tokenEndpoint;
        this.images = images;
        this.tokens = server.tokens;
        this.faults = server.faults;
        this.log = server.log;
        this.library = server.library;
    }

    void setLatency(Duration value) {
        this.latency = value;
    }

    /** Thrown to drop the connection without an answer (an injected "connection reset"). */
    private static final class DropConnection extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DropConnection() {
            super("injected connection reset", null, false, false);
        }
    }

    void dispatch(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getRawPath();
        SandboxResponse response;
        String key;
        try {
            if (path.startsWith("/v5/")) {
                Router.Match m = null;
                boolean[] wrongMethod = new boolean[1];
                if (path.equals("/v5/oauth/token") || path.equals("/v5/oauth/token/revoke")) {
                    key = method + " " + path;
                } else {
                    m = router.match(method, path, wrongMethod);
                    key = m != null ? m.route().key() : method + " (unknown)";
                }
                log.count(key);
                response = api(ex, method, path, m, wrongMethod[0]);
                if (log.recording()) {
                    log.record(new RecordedExchange(method, path, ex.getRequestURI().getRawQuery(), response.status(),
                            response.contentType(), response.body()));
                }
            } else if (path.equals("/oauth/") || path.equals("/oauth")) {
                log.count(method + " /oauth/");
                response = oauthPage(ex, method);
            } else if (path.startsWith("/images/") && method.equals("GET")) {
                log.count("GET /images");
                response = image(path.substring("/images/".length()));
            } else if (path.equals("/") && method.equals("GET")) {
                response = Html.page(200, "PinDesk local sandbox", "<p>API base: <code>" + Html.escape(
                        server.apiBase().toString()) + "</code></p><p>Authorize page: <code>" + Html.escape(
                        server.authorizeUrl().toString()) + "</code></p>");
            } else {
                response = SandboxResponse.error(ApiError.notFound("Resource"));
            }
        } catch (DropConnection e) {
            throw e;
        } catch (UncheckedIOException | IOException e) {
            LOG.warn("sandbox request {} {} failed: {}", method, path, e.toString());
            response = SandboxResponse.error(new ApiError(500, 500, "The sandbox could not complete the request."));
        } catch (RuntimeException e) {
            // A sandbox bug: answer 500 rather than dropping the connection, keep the trace in the log.
            LOG.error("sandbox request {} {} failed unexpectedly", method, path, e);
            response = SandboxResponse.error(new ApiError(500, 500, "The sandbox hit an internal error."));
        }
        write(ex, response);
    }

    private SandboxResponse api(HttpExchange ex, String method, String path, Router.Match m, boolean wrongMethod)
            throws IOException {
        try {
            pause(latency);
            switch (faults.draw()) {
                case RESET -> throw new DropConnection();
                case SERVER_ERROR -> {
                    return SandboxResponse.error(new ApiError(503, 503, "Service temporarily unavailable (injected)."));
                }
                case STALL -> pause(faults.spec().stall());
                default -> { }
            }
            String category = m != null ? m.route().category()
                    : path.endsWith("/revoke") ? "org_write" : "org_read";
            FaultInjector.Throttle throttle = faults.admit(category);
            if (throttle != null) {
                SandboxResponse r = SandboxResponse.error(new ApiError(429, 8, "This request exceeded a rate limit."
                        + " This can happen if the client exceeds one of the published rate limits or if multiple"
                        + " write operations are applied to an object within a short time window."));
                if (throttle.limit().retryAfter()) {
                    r.headers().put("Retry-After", Long.toString(throttle.retryAfterSeconds()));
                }
                if (throttle.limit().headers()) {
                    rateHeaders(r, throttle.limit(), 0, throttle.resetEpochSecond());
                }
                return r;
            }
            SandboxResponse r = route(ex, method, path, m, wrongMethod);
            RateLimit limit = faults.spec().rateLimits().get(category);
            if (limit != null && limit.headers()) {
                rateHeaders(r, limit, faults.remaining(category), -1);
            }
            return r;
        } catch (ApiError e) {
            return SandboxResponse.error(e);
        }
    }

    private SandboxResponse route(HttpExchange ex, String method, String path, Router.Match m, boolean wrongMethod)
            throws ApiError, IOException {
        if (path.startsWith("/v5/oauth/token")) {
            if (!method.equals("POST")) {
                throw new ApiError(405, 405, "Use POST.");
            }
            Map<String, String> form;
            try {
                form = HttpIo.parseForm(new String(HttpIo.readBody(ex, 1 << 16), StandardCharsets.UTF_8));
            } catch (ApiError e) {
                throw new ApiError(400, 1, e.getMessage(), "invalid_request");
            }
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            String type = ex.getRequestHeaders().getFirst("Content-Type");
            return path.endsWith("/revoke") ? tokenEndpoint.revoke(auth, type, form)
                    : tokenEndpoint.token(auth, type, form);
        }
        if (m == null) {
            throw wrongMethod ? new ApiError(405, 405, "Method not allowed.") : ApiError.notFound("Resource");
        }
        Set<String> scopes = tokens.authenticate(bearer(ex));
        for (String needed : m.route().scopes()) {
            Access.require(scopes, needed);
        }
        byte[] body = method.equals("GET") || method.equals("DELETE") ? SandboxResponse.EMPTY
                : HttpIo.readBody(ex, HttpIo.MAX_BODY);
        Map<String, String> query = HttpIo.parseQuery(ex.getRequestURI().getRawQuery());
        return m.route().handler().handle(new Router.Call(m.params(), query, scopes, body));
    }

    private static String bearer(HttpExchange ex) {
        String h = ex.getRequestHeaders().getFirst("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return h.substring(7).trim();
    }

    private static void rateHeaders(SandboxResponse r, RateLimit limit, long remaining, long reset) {
        r.headers().put("x-ratelimit-limit", Integer.toString(limit.limit()));
        r.headers().put("x-ratelimit-remaining", Long.toString(Math.max(0, remaining)));
        if (reset > 0) {
            r.headers().put("x-ratelimit-reset", Long.toString(reset));
        }
    }

    private SandboxResponse oauthPage(HttpExchange ex, String method) throws IOException {
        try {
            Map<String, String> params;
            if (method.equals("GET")) {
                params = HttpIo.parseForm(ex.getRequestURI().getRawQuery());
            } else if (method.equals("POST")) {
                params = HttpIo.parseForm(new String(HttpIo.readBody(ex, 1 << 16), StandardCharsets.UTF_8));
            } else {
                return Html.page(405, "Method not allowed", "<p>Use GET or POST.</p>");
            }
            return authorize.handle(method, params);
        } catch (ApiError e) {
            return Html.page(400, "Bad request", "<p>" + Html.escape(e.getMessage()) + "</p>");
        }
    }

    private SandboxResponse image(String rest) throws IOException {
        if (rest.equals("avatar.png")) {
            return imageResponse(images.avatar(), "image/png");
        }
        int slash = rest.indexOf('/');
        int dot = rest.lastIndexOf('.');
        if (slash < 0 || dot < slash) {
            return SandboxResponse.error(ApiError.notFound("Image"));
        }
        String rendition = rest.substring(0, slash);
        String id = rest.substring(slash + 1, dot);
        PinImage img = library.images.get(id);
        boolean known = rendition.equals("originals") || List.of(JsonViews.RENDITIONS).contains(rendition);
        if (img == null || !known) {
            return SandboxResponse.error(ApiError.notFound("Image"));
        }
        String type = rendition.equals("originals") && img.format.equals("png") ? "image/png" : "image/jpeg";
        return imageResponse(images.rendition(img, rendition), type);
    }

    private static SandboxResponse imageResponse(byte[] bytes, String type) {
        SandboxResponse r = new SandboxResponse(200, type, bytes, new java.util.LinkedHashMap<>());
        r.headers().put("Cache-Control", "public, max-age=31536000, immutable");
        return r;
    }

    private void write(HttpExchange ex, SandboxResponse r) throws IOException {
        try (ex) {
            var h = ex.getResponseHeaders();
            if (r.contentType() != null) {
                h.set("Content-Type", r.contentType());
            }
            h.set("x-pinterest-rid", Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE));
            r.headers().forEach(h::set);
            byte[] body = r.body();
            boolean noBody = body.length == 0 || ex.getRequestMethod().equals("HEAD");
            ex.sendResponseHeaders(r.status(), noBody ? -1 : body.length);
            if (!noBody) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private static void pause(Duration d) throws ApiError {
        if (d.isZero() || d.isNegative()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, 503, "The sandbox is shutting down.");
        }
    }
}
