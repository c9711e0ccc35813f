package io.pindesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.pindesk.store.AppDirs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxCommandTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private CliContext ctx() {
        return new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), AppDirs.under(home), "test");
    }

    @Test
    void badOptionsAreUsageErrors() {
        Cli cli = new Cli(java.util.List.of(new SandboxCommand()));
        assertEquals(Cli.USAGE, cli.run(new String[] {"sandbox", "--seed", "lots"}, ctx()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("seed must be"));
        assertEquals(Cli.USAGE, cli.run(new String[] {"sandbox", "--profile", "lax"}, ctx()));
        assertEquals(Cli.USAGE, cli.run(new String[] {"sandbox", "--faults", "5xx=7"}, ctx()));
        assertEquals(Cli.USAGE, cli.run(new String[] {"sandbox", "--port", "70000"}, ctx()));
        assertEquals(Cli.OK, cli.run(new String[] {"sandbox", "--help"}, ctx()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--latency-ms"));
    }

    @Test
    void firstLineIsJsonForScriptsAndTheServerAnswers() throws Exception {
        Cli cli = new Cli(java.util.List.of(new SandboxCommand()));
        AtomicInteger exit = new AtomicInteger(-1);
        Thread runner = new Thread(() -> exit.set(cli.run(new String[] {"sandbox", "--seed", "2x3"}, ctx())));
        runner.start();
        long deadline = System.currentTimeMillis() + 30_000;
        while (!out.toString(StandardCharsets.UTF_8).contains("Ctrl+C") && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        JsonObject first = JsonParser.parseString(text.lines().findFirst().orElseThrow()).getAsJsonObject();
        for (String key : new String[] {"api_base", "authorize_url", "token_url", "client_id", "client_secret"}) {
            assertTrue(first.has(key), key);
        }
        assertTrue(first.getAsJsonArray("redirect_uris").toString().contains("http://localhost:8085/"));
        assertTrue(text.contains("2 boards, 6 pins"), text);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(first.get("api_base").getAsString() + "/boards")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, r.statusCode());
        assertTrue(Files.exists(home.resolve("data").resolve("sandbox").resolve("state.json")),
                "default data folder is under the PinDesk data dir");
        runner.interrupt();
        runner.join(5000);
        assertEquals(Cli.FAILURE, exit.get(), "interrupted, not finished");
    }
}
