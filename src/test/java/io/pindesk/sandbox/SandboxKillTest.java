package io.pindesk.sandbox;

import static io.pindesk.sandbox.SandboxResourcesTest.base64Source;
import static io.pindesk.sandbox.SandboxResourcesTest.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 the sandbox while clients are writing, several times, and check that the data folder always loads and
 * still holds every board and pin whose creation was acknowledged.
 */
class SandboxKillTest {

    @TempDir
    Path tmp;

    @Test
    void killNineNeverCorruptsTheDataFolder() throws Exception {
        Path data = tmp.resolve("data");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        String image = Base64.getEncoder().encodeToString(TestImages.png(64, 96));
        for (int round = 0; round < 3; round++) {
            Path ready = tmp.resolve("ready-" + round + ".json");
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                    "-Dpindesk.home=" + tmp.resolve("home"), SandboxChildMain.class.getName(), data.toString(),
                    ready.toString()).redirectErrorStream(true).redirectOutput(tmp.resolve("child-" + round + ".log").toFile())
                    .start();
            try {
                JsonObject info = awaitReady(ready, child);
                String base = "http://127.0.0.1:" + info.get("port").getAsInt();
                String token = info.get("token").getAsString();
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
                String boardId = create(http, base + "/v5/boards", token, obj("name", "Round " + round));
                acknowledged.add(boardId);
                AtomicBoolean stop = new AtomicBoolean();
                ExecutorService writers = Executors.newFixedThreadPool(4);
                for (int w = 0; w < 4; w++) {
                    int writer = w;
                    writers.execute(() -> {
                        int n = 0;
                        while (!stop.get()) {
                            try {
                                JsonObject body = writer % 2 == 0
                                        ? obj("name", "r" + boardId + "w" + writer + "n" + n++)
                                        : obj("board_id", boardId, "title", "t" + n++, "media_source",
                                                base64Source(Base64.getDecoder().decode(image), "image/png"));
                                String id = create(http, base + (writer % 2 == 0 ? "/v5/boards" : "/v5/pins"), token, body);
                                if (id != null) {
                                    acknowledged.add(id);
                                }
                            } catch (Exception e) {
                                return; // the server died under us: expected
                            }
                        }
                    });
                }
                Thread.sleep(700 + round * 300L);
                child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no flushing
                assertTrue(child.waitFor(10, TimeUnit.SECONDS));
                stop.set(true);
                writers.shutdown();
                assertTrue(writers.awaitTermination(10, TimeUnit.SECONDS));
            } finally {
                child.destroyForcibly();
            }
            try (SandboxServer reopened = SandboxServer.start(SandboxConfig.builder().dataDir(data)
                    .seed(SandboxSeed.empty()).build())) {
                List<String> missing = new ArrayList<>();
                for (String id : acknowledged) {
                    long key = Long.parseLong(id);
                    if (!reopened.library.boards.containsKey(key) && !reopened.library.pins.containsKey(key)) {
                        missing.add(id);
                    }
                }
                assertEquals(List.of(), missing, "acknowledged writes lost in round " + round);
                try (var files = Files.walk(data)) {
                    assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")),
                            "interrupted temp files are cleaned up on start");
                }
                assertTrue(acknowledged.size() > round * 5, "the writers got work done: " + acknowledged.size());
            }
        }
    }

    private static JsonObject awaitReady(Path ready, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (Files.exists(ready)) {
                return JsonParser.parseString(Files.readString(ready)).getAsJsonObject();
            }
            if (!child.isAlive()) {
                throw new AssertionError("the child sandbox exited with " + child.exitValue());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the child sandbox did not start");
    }

    private static String create(HttpClient http, String url, String token, JsonObject body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            return null;
        }
        return JsonParser.parseString(r.body()).getAsJsonObject().get("id").getAsString();
    }
}
