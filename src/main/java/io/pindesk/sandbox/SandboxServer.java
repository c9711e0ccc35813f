package io.pindesk.sandbox;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.pindesk.store.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local Pinterest v5 sandbox (design §5): an HTTP server on 127.0.0.1 that speaks the v5 API, the OAuth
 * authorize page and token endpoint, and serves the images it stores. Start with {@link #start(SandboxConfig)},
 * stop with {@link #close()}. Tests drive its knobs through {@link #testApi()}.
 */
public final class SandboxServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);
    private static final String STATE_FILE = "state.json";
    private static final String CLIENT_FILE = "client.json";

    static {
        // The JDK server writes headers and body separately; with Nagle on, every small answer then waits for
        // the client's delayed ACK (~40 ms). Read once by the JDK when its first server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final SandboxConfig config;
    private final HttpServer http;
    private final ThreadPoolExecutor executor;
    private final URI base;
    private final OAuthClient client;
    final SandboxLibrary library = new SandboxLibrary();
    final TokenService tokens;
    final FaultInjector faults;
    final RequestLog log = new RequestLog();
    private final StatePersister persister;
    private final Router router = new Router();
    private final AuthorizeEndpoint authorize;
    private final TokenEndpoint tokenEndpoint;
    private final ImageStore images;
    private final SandboxTestApi testApi;
    private volatile Duration latency;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private SandboxServer(SandboxConfig config) throws IOException {
        this.config = config;
        this.latency = config.latency();
        Path dataDir = config.dataDir();
        if (dataDir != null) {
            Files.createDirectories(dataDir);
        }
        this.client = new OAuthClient(SandboxConfig.CLIENT_ID, clientSecret(config), OAuthClient.REDIRECT_URIS);
        Gson gson = new GsonBuilder().disableHtmlEscaping().create();
        Path stateFile = dataDir == null ? null : dataDir.resolve(STATE_FILE);
        this.persister = new StatePersister(stateFile, () -> snapshotBytes(gson));
        this.tokens = new TokenService(config.clock(), config.effectiveAccessTokenTtl(),
                config.effectiveRefreshTokenTtl(), persister::commit);
        this.faults = new FaultInjector(config.clock(), config.faults());
        this.images = new ImageStore(dataDir);
        // Load before binding: a damaged library must not leave a port bound behind it.
        loadOrSeed(stateFile, gson);
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 128);
        this.base = URI.create("http://127.0.0.1:" + http.getAddress().getPort());
        JsonViews views = new JsonViews(base.toString(), library);
        ApiContext ctx = new ApiContext(library, views, config.clock(), persister::commit, images,
                new ImageIntake(config.maxImageBytes(), config.imageFetchTimeout()));
        BoardsApi boards = new BoardsApi(ctx);
        boards.register(router);
        new PinsApi(ctx, boards).register(router);
        this.authorize = new AuthorizeEndpoint(client, config.profile(), tokens, library.account.username);
        this.tokenEndpoint = new TokenEndpoint(client, config.profile(), tokens);
        this.testApi = new SandboxTestApi(this);
        AtomicInteger n = new AtomicInteger();
        // Bounded: a flood of connections queues (then runs on the accept thread) instead of growing threads.
        this.executor = new ThreadPoolExecutor(config.threads(), config.threads(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(1024), r -> {
                    Thread t = new Thread(r, "sandbox-http-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        http.setExecutor(executor);
        http.createContext("/", this::dispatch);
    }

    /** Binds 127.0.0.1 (port 0 = a free one), loads or seeds the library and starts serving. */
    public static SandboxServer start(SandboxConfig config) throws IOException {
        SandboxServer s = new SandboxServer(config);
        s.http.start();
        LOG.info("sandbox listening on {} ({} profile, {} boards, {} pins)", s.base, config.profile(),
                s.library.boards.size(), s.library.pins.size());
        return s;
    }

    public URI apiBase() {
        return base.resolve("/v5");
    }

    public URI authorizeUrl() {
        return base.resolve("/oauth/");
    }

    public URI tokenUrl() {
        return base.resolve("/v5/oauth/token");
    }

    /** The server root, e.g. {@code http://127.0.0.1:PORT}. */
    public URI baseUri() {
        return base;
    }

    public String clientId() {
        return client.clientId();
    }

    public String clientSecret() {
        return client.clientSecret();
    }

    public List<URI> redirectUris() {
        return client.redirectUris().stream().map(URI::create).toList();
    }

    public SandboxConfig config() {
        return config;
    }

    public SandboxTestApi testApi() {
        return testApi;
    }

    public int boardCount() {
        return library.boards.size();
    }

    public int pinCount() {
        return library.pins.size();
    }

    void setLatency(Duration value) {
        this.latency = value;
    }

    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        http.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(500, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private byte[] snapshotBytes(Gson gson) {
        return gson.toJson(library.snapshot(tokens.snapshot())).getBytes(StandardCharsets.UTF_8);
    }

    /** Temp files of AtomicFiles writes that a kill -9 interrupted: never part of the data, safe to drop. */
    private static void removeInterruptedWrites(Path dataDir) throws IOException {
        try (var files = Files.walk(dataDir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(".tmp") && Files.isRegularFile(p)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void loadOrSeed(Path stateFile, Gson gson) throws IOException {
        if (stateFile != null) {
            removeInterruptedWrites(stateFile.getParent());
        }
        if (stateFile != null && Files.exists(stateFile)) {
            SandboxLibrary.State state;
            try {
                state = gson.fromJson(Files.readString(stateFile), SandboxLibrary.State.class);
            } catch (JsonParseException e) {
                throw new IOException("the sandbox library " + stateFile + " is damaged; move it away to start afresh");
            }
            if (state == null) {
                throw new IOException("the sandbox library " + stateFile + " is empty; move it away to start afresh");
            }
            library.restore(state);
            tokens.restore(state.tokens);
            return;
        }
        DemoData.seed(library, config.seed());
        persister.commit();
    }

    private static String clientSecret(SandboxConfig config) throws IOException {
        if (config.clientSecret() != null) {
            return config.clientSecret();
        }
        if (config.dataDir() == null) {
            return newSecret();
        }
        Path file = config.dataDir().resolve(CLIENT_FILE);
        if (Files.exists(file)) {
            try {
                JsonObject o = com.google.gson.JsonParser.parseString(Files.readString(file)).getAsJsonObject();
                return o.get("client_secret").getAsString();
            } catch (RuntimeException e) {
                throw new IOException(file + " is damaged; move it away to register a new client");
            }
        }
        String secret = newSecret();
        JsonObject o = new JsonObject();
        o.addProperty("client_id", SandboxConfig.CLIENT_ID);
        o.addProperty("client_secret", secret);
        AtomicFiles.write(file, o.toString().getBytes(StandardCharsets.UTF_8));
        return secret;
    }

    private static String newSecret() {
        byte[] b = new byte[20];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** Thrown to drop the connection without an answer (an injected "connection reset"). */
    private static final class DropConnection extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DropConnection() {
            super("injected connection reset", null, false, false);
        }
    }

    private void dispatch(HttpExchange ex) throws IOException {
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
                        apiBase().toString()) + "</code></p><p>Authorize page: <code>" + Html.escape(
                        authorizeUrl().toString()) + "</code></p>");
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
