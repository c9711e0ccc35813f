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

    /** The same with {@code boards} boards of {@code pins} pins each. */
    public static SandboxProcess start(Path dir, int boards, int pins, Duration latency, String maxHeap)
            throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path ready = dir.resolve("ready.json");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + maxHeap,
                "-Dpindesk.home=" + dir.resolve("home"), "-cp", System.getProperty("java.class.path"),
                SandboxProcess.class.getName(), dir.resolve("data").toString(), ready.toString(),
                Integer.toString(pins), Long.toString(latency.toMillis()), Integer.toString(boards)));
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

    /** Child side: args are the data folder, the announcement file, pins, latency in ms and boards. */
    public static void main(String[] args) throws Exception {
        SandboxServer server = SandboxServer.start(SandboxConfig.builder().port(0)
                .latency(Duration.ofMillis(Long.parseLong(args[3])))
                .dataDir(Path.of(args[0]))
                .seed(SandboxSeed.sized(Integer.parseInt(args[4]), Integer.parseInt(args[2]))).build());
        JsonObject ready = new JsonObject();
        ready.addProperty("apiBase", server.apiBase().toString());
        ready.addProperty("token", server.testApi().mintAccessToken(
                EnumSet.allOf(Scope.class).stream().map(Scope::wireName).collect(Collectors.toSet())));
        AtomicFiles.write(Path.of(args[1]), ready.toString().getBytes(StandardCharsets.UTF_8));
        // The parent holds our standard input: end of input means it is gone, so stop with it.
        while (System.in.read() >= 0) {
            // nothing to read; just wait
        }
        server.close();
        System.exit(0);
    }
}
