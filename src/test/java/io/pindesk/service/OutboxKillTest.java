package io.pindesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pindesk.api.NewBoard;
import io.pindesk.domain.Board;
import io.pindesk.sandbox.FaultSpec;
import io.pindesk.sandbox.SandboxConfig;
import io.pindesk.sandbox.SandboxSeed;
import io.pindesk.sandbox.SandboxServer;
import io.pindesk.sandbox.SandboxTestApi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random moments: a child JVM publishes the outbox against a sandbox in this process and is killed
 * (SIGKILL, no shutdown hooks) again and again; restarted each time, in the end every pin exists exactly once.
 */
class OutboxKillTest {

    private static final int PINS = 16;
    private static final int KILLS = 8;

    private static long published(Path outboxDir) {
        return new OutboxStore(outboxDir).loadAll().stream().filter(j -> j.state() == JobState.PUBLISHED).count();
    }

    @TempDir Path tmp;

    @Test
    void everyPinIsPublishedExactlyOnceDespiteKills() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxConfig.builder().seed(SandboxSeed.empty()).build())) {
            server.testApi().setLatency(Duration.ofMillis(80)); // widens the windows a kill can land in
            // some replies never arrive in time (the sandbox stalls past the worker's 400 ms timeout, then acts):
            // creates with an unknown outcome that the worker, or its next incarnation, must reconcile

            String token = server.testApi().mintAccessToken(SandboxTestApi.ALL_PINDESK_SCOPES);
            Path tokenFile = tmp.resolve("token");
            Files.writeString(tokenFile, token, StandardCharsets.UTF_8);
            SandboxSession session = new SandboxSession(server.apiBase(), token, SandboxSession.allScopes(),
                    Duration.ofSeconds(2));
            server.testApi().setFaults(FaultSpec.none());
            Board board = session.client().createBoard(new NewBoard("Kill test", null, null));
            Path outboxDir = tmp.resolve("outbox");
            PublishService enqueuer = new PublishService(outboxDir, session, Clock.systemUTC(),
                    PublishService.Options.STANDARD);
            List<PublishRequest.Image> images = new ArrayList<>();
            for (int i = 0; i < PINS; i++) {
                images.add(new PublishRequest.Image(TestImages.jpeg(tmp, "k" + i, i), "image/jpeg", 120, 180,
                        new PinText("kill-" + i, null, null, null)));
            }
            enqueuer.enqueue(new PublishRequest(board.id(), board.name(), board.privacy(), null, false,
                    PinText.EMPTY, images, null));

            server.testApi().setFaults(FaultSpec.none().withStalls(0.2, Duration.ofMillis(700)));
            Random random = new Random();
            int kills = 0;
            int exit = -1;
            for (int round = 0; round < 40 && exit != 0; round++) {
                Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                        "-Dpindesk.home=" + tmp.resolve("home"), "-Dpindesk.consoleLevel=INFO",
                        "-Dlogback.configurationFile=" + OutboxKillTest.class.getResource("/logback.xml"),
                        "-Dpindesk.logDir=" + tmp.resolve("logs"), OutboxWorkerMain.class.getName(),
                        outboxDir.toString(), server.apiBase().toString(), tokenFile.toString())
                        .redirectErrorStream(true).redirectOutput(tmp.resolve("child-" + round + ".log").toFile())
                        .start();
                if (kills < KILLS) {
                    // kill while it is busy: shortly after it has published one more pin (so the kill lands in
                    // the next create, its journal write or its reconcile), at a random moment
                    long before = published(outboxDir);
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                    while (child.isAlive() && published(outboxDir) == before && System.nanoTime() < deadline) {
                        Thread.sleep(5);
                    }
                    Thread.sleep(random.nextInt(120));
                    if (child.isAlive()) {
                        child.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no flushing
                        kills++;
                        continue;
                    }
                }
                assertTrue(child.waitFor(90, TimeUnit.SECONDS), "worker finished");
                exit = child.exitValue();
            }
            assertEquals(0, exit, "the last worker run published everything");
            assertTrue(kills >= KILLS, "the worker was killed mid-run " + kills + " times");
            long reconciled = 0;
            try (var logs = Files.list(tmp)) {
                for (Path log : logs.filter(p -> p.getFileName().toString().startsWith("child-")).toList()) {
                    reconciled += Files.readAllLines(log).stream().filter(l -> l.contains("was already published"))
                            .count();
                }
            }

            server.testApi().setFaults(FaultSpec.none());
            Map<String, Long> counts = session.client().boardPins(board.id()).stream()
                    .collect(Collectors.groupingBy(p -> String.valueOf(p.title()), Collectors.counting()));
            for (int i = 0; i < PINS; i++) {
                assertEquals(1L, counts.getOrDefault("kill-" + i, 0L), "kill-" + i + " published exactly once");
            }
            assertEquals(PINS, server.pinCount(), "no extra pins");
            PublishService after = new PublishService(outboxDir, session, Clock.systemUTC(),
                    PublishService.Options.STANDARD);
            assertTrue(after.jobs().stream().allMatch(j -> j.state() == JobState.PUBLISHED));
            System.out.println("OutboxKillTest: " + kills + " kills, " + reconciled + " creates found by reconciliation"
                    + " instead of re-sent, " + PINS + " pins, each exactly once");
            session.client().close();
        }
    }
}
