package io.pindesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import io.pindesk.api.NewBoard;
import io.pindesk.domain.Board;
import io.pindesk.domain.BoardPrivacy;
import io.pindesk.sandbox.SandboxConfig;
import io.pindesk.sandbox.SandboxSeed;
import io.pindesk.sandbox.SandboxServer;
import io.pindesk.service.JobState;
import io.pindesk.service.OutboxJob;
import io.pindesk.service.PinText;
import io.pindesk.service.PublishRequest;
import io.pindesk.service.PublishService;
import io.pindesk.service.SandboxSession;
import io.pindesk.service.TestAccounts;
import io.pindesk.store.AppDirs;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code queue list|retry|clear} over an outbox journal made by the real PublishService against a sandbox. */
class QueueCommandTest {

    private static final String KEY = "anna-local";
    private static final PublishService.Options FAST = new PublishService.Options(Duration.ofSeconds(2),
            Duration.ofSeconds(30), 1, 50, Duration.ofSeconds(1), Duration.ofMinutes(2), Duration.ofMillis(50));

    @TempDir Path home;
    private SandboxServer server;
    private SandboxSession session;
    private String published;
    private String failed;
    private String scheduled;

    @BeforeEach
    void outboxWithThreeJobs() throws Exception {
        AppDirs dirs = AppDirs.under(home).ensureCreated();
        Files.writeString(dirs.config().resolve("accounts.json"), "{\"version\":1,\"current\":\"" + KEY + "\","
                + "\"accounts\":[{\"key\":\"" + KEY + "\",\"username\":\"anna\",\"environment\":\"local\"}]}");
        server = SandboxServer.start(SandboxConfig.builder().seed(SandboxSeed.empty()).build());
        session = SandboxSession.allScopes(server);
        Board board = session.client().createBoard(new NewBoard("Queue", null, null));
        PublishService outbox = new PublishService(PublishService.outboxDir(dirs.data(), KEY), session,
                Clock.systemUTC(), FAST);
        published = outbox.enqueue(request(board.id(), "Sent pin", null)).get(0).id();
        failed = outbox.enqueue(request("999999999", "Lost board", null)).get(0).id();
        outbox.runDue();
        scheduled = outbox.enqueue(request(board.id(), "Later", Instant.now().plus(Duration.ofDays(1)))).get(0).id();
        assertEquals(JobState.PUBLISHED, outbox.job(published).orElseThrow().state());
        assertEquals(JobState.FAILED, outbox.job(failed).orElseThrow().state());
        outbox.close();
    }

    @AfterEach
    void stop() {
        session.close();
        server.close();
    }

    private PublishRequest request(String boardId, String title, Instant at) throws IOException {
        BufferedImage img = new BufferedImage(120, 180, BufferedImage.TYPE_INT_RGB);
        img.setRGB(3, 3, title.hashCode());
        Path file = home.resolve(title.replace(' ', '-') + ".jpg");
        ImageIO.write(img, "jpg", file.toFile());
        return new PublishRequest(boardId, "Queue", BoardPrivacy.PUBLIC, null, false, new PinText(title, null, null,
                null), List.of(new PublishRequest.Image(file, "image/jpeg", 120, 180, PinText.EMPTY)), at);
    }

    private record Run(int code, String out, String err) {}

    private Run run(String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext ctx = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), AppDirs.under(home), "test",
                InputStream.nullInputStream());
        CliAccounts accounts = c -> {
            try {
                return TestAccounts.service(home, TestAccounts.memoryKeychain(), home.resolve("sandbox-data"),
                        UnaryOperator.identity(), c.env());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        int code = new Cli(List.of(new QueueCommand(accounts, Clock.systemUTC()))).run(argv, ctx);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private List<OutboxJob> journal() {
        return PublishService.journal(PublishService.outboxDir(AppDirs.under(home).data(), KEY), Clock.systemUTC())
                .jobs();
    }

    @Test
    void listShowsEveryJobAsTextAndJson() {
        Run text = run("queue", "list");
        assertEquals(0, text.code(), text.err());
        assertEquals(3, text.out().lines().count(), text.out());
        String failedLine = text.out().lines().filter(l -> l.startsWith(failed)).findFirst().orElseThrow();
        assertTrue(failedLine.contains("\tfailed\tQueue\tLost board\t"), failedLine);
        assertTrue(text.out().lines().anyMatch(l -> l.startsWith(scheduled) && l.contains("\tqueued\t")
                && l.contains(Instant.now().plus(Duration.ofDays(1)).toString().substring(0, 10))), text.out());

        Run json = run("queue", "list", "--json");
        JsonArray jobs = JsonParser.parseString(json.out()).getAsJsonArray();
        assertEquals(3, jobs.size());
        var sent = jobs.asList().stream().map(e -> e.getAsJsonObject())
                .filter(o -> o.get("id").getAsString().equals(published)).findFirst().orElseThrow();
        assertEquals("published", sent.get("state").getAsString());
        assertEquals("Sent pin", sent.get("title").getAsString());
        assertTrue(!sent.get("pin_id").getAsString().isBlank(), sent.toString());
    }

    @Test
    void retryRequeuesOnlyFailedJobs() {
        Run notFailed = run("queue", "retry", published);
        assertEquals(1, notFailed.code());
        assertTrue(notFailed.err().contains("only failed jobs"), notFailed.err());
        assertEquals(2, run("queue", "retry").code(), "needs a job id or --all-failed");
        assertEquals(1, run("queue", "retry", "nope").code());

        Run all = run("queue", "retry", "--all-failed");
        assertEquals(0, all.code(), all.err());
        assertTrue(all.out().contains("Requeued 1 job."), all.out());
        OutboxJob requeued = journal().stream().filter(j -> j.id().equals(failed)).findFirst().orElseThrow();
        assertEquals(JobState.QUEUED, requeued.state());
        assertEquals(null, requeued.lastError());
    }

    @Test
    void clearRemovesPublishedJobsOnly() {
        Run clear = run("queue", "clear");
        assertEquals(0, clear.code(), clear.err());
        assertTrue(clear.out().contains("Removed 1 published job."), clear.out());
        List<String> left = journal().stream().map(OutboxJob::id).toList();
        assertEquals(List.of(failed, scheduled), left);
    }

    @Test
    void withoutAnAccountItSaysToLogIn() throws IOException {
        Files.delete(AppDirs.under(home).config().resolve("accounts.json"));
        Run r = run("queue", "list");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("pindesk login"), r.err());
    }
}
