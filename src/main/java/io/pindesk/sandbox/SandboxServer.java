package io.pindesk.sandbox;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.sun.net.httpserver.HttpServer;
import io.pindesk.store.AtomicFiles;
import java.io.IOException;
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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
    private final ImageStore images;
    private final SandboxTestApi testApi;
    private final RequestDispatcher dispatcher;
    private final FolderLock folderLock;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SandboxServer(SandboxConfig config) throws IOException {
        this.config = config;
        Path dataDir = config.dataDir();
        this.folderLock = dataDir == null ? null : FolderLock.acquire(dataDir);
        try {
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
            Router router = new Router();
            BoardsApi boards = new BoardsApi(ctx);
            boards.register(router);
            new PinsApi(ctx, boards).register(router);
            this.dispatcher = new RequestDispatcher(this, router,
                    new AuthorizeEndpoint(client, config.profile(), tokens, library.account.username),
                    new TokenEndpoint(client, config.profile(), tokens), images);
            dispatcher.setLatency(config.latency());
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
            http.createContext("/", dispatcher::dispatch);
        } catch (IOException | RuntimeException e) {
            if (folderLock != null) {
                folderLock.close();
            }
            throw e;
        }
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
        dispatcher.setLatency(value);
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
        if (folderLock != null) {
            folderLock.close();
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
}
