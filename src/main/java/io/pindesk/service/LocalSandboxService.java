package io.pindesk.service;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.pindesk.sandbox.SandboxConfig;
import io.pindesk.sandbox.SandboxServer;
import io.pindesk.store.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded local sandbox (design §5) for "Try the local sandbox" and {@code login --env local}. It prefers a
 * FIXED port so a stored local account keeps its API base across restarts, falls back to a free one when that is
 * taken, and reuses a sandbox another PinDesk process already runs on the same data folder (the folder lock tells).
 * Its built-in client is registered automatically: no App ID or secret to type.
 */
public final class LocalSandboxService implements AutoCloseable {

    public static final int PREFERRED_PORT = 8790;
    private static final String ENDPOINT_FILE = "endpoint.json";
    private static final String CLIENT_FILE = "client.json";
    private static final Logger LOG = LoggerFactory.getLogger(LocalSandboxService.class);

    /** How to reach a running sandbox and sign in to it; {@link #toString()} hides the secret. */
    public record Endpoint(URI apiBase, URI authorizeUrl, String clientId, String clientSecret, boolean ownedHere) {
        @Override
        public String toString() {
            return "Endpoint[" + apiBase + ", clientId=" + clientId + ", clientSecret=[redacted]]";
        }
    }

    private final Path dataDir;
    private final int preferredPort;
    private final UnaryOperator<SandboxConfig.Builder> customize;
    private SandboxServer server;
    private Endpoint endpoint;

    /** The app's sandbox: data under {@code dataDir} (normally {@code dirs.data()/sandbox}), port 8790 preferred. */
    public LocalSandboxService(Path dataDir) {
        this(dataDir, PREFERRED_PORT, UnaryOperator.identity());
    }

    /** For tests: another preferred port (0 = any) and config tweaks (profile, clock, token lifetimes). */
    public LocalSandboxService(Path dataDir, int preferredPort, UnaryOperator<SandboxConfig.Builder> customize) {
        this.dataDir = dataDir;
        this.preferredPort = preferredPort;
        this.customize = customize;
    }

    /** Starts the sandbox (or finds the one already running for this data folder). Blocking; off the FX thread. */
    public synchronized Endpoint ensureRunning() throws IOException {
        if (endpoint != null) {
            return endpoint;
        }
        Optional<Endpoint> other = runningElsewhere();
        if (other.isPresent()) {
            endpoint = other.get();
            LOG.info("Using the local sandbox already running at {}", endpoint.apiBase());
            return endpoint;
        }
        try {
            server = start(preferredPort);
        } catch (BindException e) {
            LOG.info("Port {} is busy; the local sandbox takes a free port instead", preferredPort);
            server = start(0);
        }
        JsonObject o = new JsonObject();
        o.addProperty("port", server.baseUri().getPort());
        AtomicFiles.write(dataDir.resolve(ENDPOINT_FILE), o.toString().getBytes(StandardCharsets.UTF_8));
        endpoint = new Endpoint(server.apiBase(), server.authorizeUrl(), server.clientId(), server.clientSecret(), true);
        return endpoint;
    }

    /** The server this process runs, if any (tests drive its knobs through {@code testApi()}). */
    public synchronized Optional<SandboxServer> server() {
        return Optional.ofNullable(server);
    }

    public Path dataDir() {
        return dataDir;
    }

    private SandboxServer start(int port) throws IOException {
        SandboxConfig.Builder b = SandboxConfig.builder().port(port).dataDir(dataDir);
        return SandboxServer.start(customize.apply(b).build());
    }

    /** A sandbox another process runs on our data folder: it answers on the recorded port as a PinDesk sandbox. */
    private Optional<Endpoint> runningElsewhere() {
        Path file = dataDir.resolve(ENDPOINT_FILE);
        Path client = dataDir.resolve(CLIENT_FILE);
        if (!Files.exists(file) || !Files.exists(client) || !folderInUse()) {
            return Optional.empty();
        }
        try {
            int port = JsonParser.parseString(Files.readString(file)).getAsJsonObject().get("port").getAsInt();
            URI base = URI.create("http://127.0.0.1:" + port);
            if (!answersAsSandbox(base)) {
                return Optional.empty();
            }
            JsonObject c = JsonParser.parseString(Files.readString(client)).getAsJsonObject();
            return Optional.of(new Endpoint(base.resolve("/v5"), base.resolve("/oauth/"),
                    c.get("client_id").getAsString(), c.get("client_secret").getAsString(), false));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether another process runs a sandbox on our data folder (it holds the folder's lock). A stale endpoint file
     * must never send us to some other sandbox that happens to answer on the recorded port.
     */
    private boolean folderInUse() {
        Path lock = dataDir.resolve("sandbox.lock");
        if (!Files.exists(lock)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            try (FileLock l = ch.tryLock()) {
                return l == null;
            } catch (OverlappingFileLockException e) {
                return true; // this JVM holds it (another service instance)
            }
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean answersAsSandbox(URI base) {
        try {
            HttpURLConnection c = (HttpURLConnection) base.resolve("/").toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(2000);
            try (InputStream in = c.getInputStream()) {
                String page = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
                return c.getResponseCode() == 200 && page.contains("PinDesk local sandbox");
            } finally {
                c.disconnect();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
        }
        endpoint = null;
    }
}
