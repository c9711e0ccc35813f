package io.pindesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.pindesk.sandbox.SandboxConfig;
import io.pindesk.sandbox.SandboxSeed;
import io.pindesk.sandbox.SandboxServer;
import io.pindesk.sandbox.SandboxTestApi;
import io.pindesk.store.AppDirs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pindesk sync} against the local sandbox. */
class SyncCommandTest {

    @TempDir Path home;
    private SandboxServer server;
    private String token;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxConfig.builder().port(0).seed(SandboxSeed.sized(3, 260)).build());
        token = server.testApi().mintAccessToken(SandboxTestApi.ALL_PINDESK_SCOPES);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int run(String... argv) throws Exception {
        out.reset();
        err.reset();
        CliContext ctx = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("PINDESK_ACCESS_TOKEN", token),
                AppDirs.under(home).ensureCreated(), "test");
        return Cli.standard().run(argv, ctx);
    }

    @Test
    void syncPrintsCountsAndTimeAndTheSecondRunSkipsUnchangedBoards() throws Exception {
        assertEquals(0, run("sync", "--api-base", server.apiBase().toString()));
        String first = out.toString(StandardCharsets.UTF_8);
        assertTrue(first.startsWith("Synced 3 boards, 0 sections, 780 pins in "), first);
        assertTrue(first.contains("3 boards fetched, 0 unchanged"), first);

        assertEquals(0, run("sync", "--json", "--api-base", server.apiBase().toString()));
        JsonObject json = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals(780, json.get("pins").getAsInt());
        assertEquals(3, json.get("boards_skipped").getAsInt());
        assertTrue(json.get("elapsed_ms").getAsLong() >= 0);
        try (var files = Files.walk(home)) {
            assertEquals(3, files.filter(p -> p.toString().contains("library") && p.toString().endsWith(".json")
                    && p.getParent().getFileName().toString().equals("pins")).count(), "pins saved per board");
        }
    }

    @Test
    void anUnreachableServerIsAOneLineFailure() throws Exception {
        String base = server.apiBase().toString();
        server.close();
        assertEquals(1, run("sync", "--api-base", base));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot reach Pinterest"), err.toString());
    }
}
