package io.pindesk.service;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The child process of {@link OutboxKillTest}: publishes the outbox at args[0] against the sandbox at args[1]
 * (token in the file args[2], never on the command line) until every job is done, then exits 0.
 */
public final class OutboxWorkerMain {
    private OutboxWorkerMain() {}

    public static void main(String[] args) throws Exception {
        String token = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8).strip();
        SandboxSession session = new SandboxSession(URI.create(args[1]), token, SandboxSession.allScopes(),
                Duration.ofMillis(400));
        PublishService outbox = new PublishService(Path.of(args[0]), session, Clock.systemUTC(),
                new PublishService.Options(Duration.ofMillis(50), Duration.ofMillis(500), 50, 100,
                        Duration.ofMillis(1500), Duration.ofMinutes(2), Duration.ofMillis(20)));
        while (outbox.jobs().stream().anyMatch(j -> j.state() == JobState.QUEUED || j.state() == JobState.SENDING)) {
            outbox.runDue();
            Thread.sleep(10);
        }
        boolean allPublished = outbox.jobs().stream().allMatch(j -> j.state() == JobState.PUBLISHED);
        System.exit(allPublished ? 0 : 3);
    }
}
