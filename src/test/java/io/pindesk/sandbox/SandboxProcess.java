package io.pindesk.sandbox;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.pindesk.domain.Scope;
import io.pindesk.store.AtomicFiles;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.EnumSet;

/**
 * A seeded sandbox in a child JVM, for benchmarks that measure PinDesk's own memory or pulses: the sandbox is the
 * server, so its heap (pin store, drawn renditions, request threads) and its garbage collections belong in
 * another process, as Pinterest's do. The child announces its port and a token through a file (never stdout, so
 * no token is printed) and exits by itself when this JVM goes away (its standard input closes).
 */
public final class SandboxProcess implements AutoCloseable {

    private final Process process;
    private final URI apiBase;
    private final String token;

    private SandboxProcess(Process process, URI apiBase, String token) {
        this.process = process;
        this.apiBase = apiBase;
        this.token = token;
    }

    /** Starts a sandbox of one board with {@code pins} pins, {@code latency} per request, images cached on disk. */
    public static SandboxProcess start(Path dir, int pins, Duration latency, String maxHeap)
            throws IOException, InterruptedException {
        return start(dir, 1, pins, latency, maxHeap);
    }

    /** The same with {@code boards} boards of {@code pins} pins each, started cold. */
    public static SandboxProcess start(Path dir, int boards, int pins, Duration latency, String maxHeap)
            throws IOException, InterruptedException {
        return start(dir, boards, pins, latency, maxHeap, 0);
    }

    /**
     * The same, but before it announces itself the child serves {@code warmSyncs} full syncs of its library and
     * every board's cover to itself, without latency: a real server is warm, and on a two-core machine a cold
     * sandbox's JIT compilers and first cover drawings would otherwise take the CPU that the app's own threads are
     * being measured on.
     */
    public static SandboxProcess start(Path dir, int boards, int pins, Duration latency, String maxHeap,
            int warmSyncs) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path ready = dir.resolve("ready.json");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + maxHeap,
                "-Dpindesk.home=" + dir.resolve("home"), "-cp", System.getProperty("java.class.path"),
                SandboxProcess.class.getName(), dir.resolve("data").toString(), ready.toString(),
                Integer.toString(pins), Long.toString(latency.toMillis()), Integer.toString(boards),
                Integer.toString(warmSyncs)));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!Files.isRegularFile(ready)) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                p.destroyForcibly();
                throw new IOException("the sandbox child did not start (exit " + (p.isAlive() ? "-" : p.exitValue())
                        + ")");
            }
            Thread.sleep(50);
        }
        JsonObject doc = JsonParser.parseString(Files.readString(ready)).getAsJsonObject();
        Files.delete(ready);
        return new SandboxProcess(p, URI.create(doc.get("apiBase").getAsString()), doc.get("token").getAsString());
    }

    public URI apiBase() {
        return apiBase;
    }

    /** An access token with all of PinDesk's scopes. */
    public String token() {
        return token;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** Child side: args are the data folder, the announcement file, pins, latency in ms, boards and warm syncs. */
    public static void main(String[] args) throws Exception {
        Duration latency = Duration.ofMillis(Long.parseLong(args[3]));
        SandboxServer server = SandboxServer.start(SandboxConfig.builder().port(0)
                .dataDir(Path.of(args[0]))
                .seed(SandboxSeed.sized(Integer.parseInt(args[4]), Integer.parseInt(args[2]))).build());
        String token = server.testApi().mintAccessToken(
                EnumSet.allOf(Scope.class).stream().map(Scope::wireName).collect(Collectors.toSet()));
        warm(server, token, Integer.parseInt(args[5]), Path.of(args[0]).resolveSibling("warm-up"));
        server.testApi().setLatency(latency);
        JsonObject ready = new JsonObject();
        ready.addProperty("apiBase", server.apiBase().toString());
        ready.addProperty("token", token);
        AtomicFiles.write(Path.of(args[1]), ready.toString().getBytes(StandardCharsets.UTF_8));
        // The parent holds our standard input: end of input means it is gone, so stop with it.
        while (System.in.read() >= 0) {
            // nothing to read; just wait
        }
        server.close();
        System.exit(0);
    }

    /** Syncs the whole library {@code syncs} times with the app's client and fetches every board's cover. */
    private static void warm(SandboxServer server, String token, int syncs, Path dir) throws Exception {
        if (syncs <= 0) {
            return;
        }
        io.pindesk.service.SandboxSession session = io.pindesk.service.SandboxSession.minted(server.apiBase(), token,
                io.pindesk.api.RetryPolicy.STANDARD, io.pindesk.api.Pacers.unspaced(64),
                io.pindesk.api.HttpSettings.STANDARD);
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (int i = 0; i < syncs; i++) {
            Path cache = dir.resolve("library-" + i);
            io.pindesk.service.LibraryService library = new io.pindesk.service.LibraryService(session,
                    new io.pindesk.store.LibraryCache(cache));
            library.sync(p -> { }, new io.pindesk.service.CancelSignal());
            library.awaitSaved(Duration.ofMinutes(1)); // before its folder is deleted
            for (io.pindesk.domain.Board b : library.boards()) {
                String cover = b.displayImageUrl(); // what the boards grid loads
                if (cover != null) {
                    http.send(java.net.http.HttpRequest.newBuilder(URI.create(cover)).build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding());
                }
            }
            io.pindesk.bench.BenchData.deleteTree(cache);
        }
    }
}
