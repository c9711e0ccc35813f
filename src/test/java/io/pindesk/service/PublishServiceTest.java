package io.pindesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pindesk.api.NewBoard;
import io.pindesk.domain.Board;
import io.pindesk.domain.Pin;
import io.pindesk.domain.Scope;
import io.pindesk.sandbox.FaultSpec;
import io.pindesk.sandbox.SandboxConfig;
import io.pindesk.sandbox.SandboxSeed;
import io.pindesk.sandbox.SandboxServer;
import io.pindesk.sandbox.SandboxTestApi;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox state machine against a live sandbox: success, faults, unknown outcomes, 429, scopes, schedule. */
class PublishServiceTest {

    private static final PublishService.Options FAST = new PublishService.Options(Duration.ofSeconds(2),
            Duration.ofSeconds(30), 4, 50, Duration.ofSeconds(1), Duration.ofMinutes(2), Duration.ofMillis(50));

    @TempDir Path tmp;
    private SandboxServer server;
    private SandboxSession session;
    private MutableClock clock;
    private Board board;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxConfig.builder().seed(SandboxSeed.empty()).build());
        String token = server.testApi().mintAccessToken(SandboxTestApi.ALL_PINDESK_SCOPES);
        session = new SandboxSession(server.apiBase(), token, SandboxSession.allScopes(), Duration.ofMillis(400));
        clock = new MutableClock(Instant.now());
        board = session.client().createBoard(new NewBoard("Outbox tests", null, null));
    }

    @AfterEach
    void stop() {
        session.client().close();
        server.close();
    }

    private PublishService outbox() {
        return new PublishService(tmp.resolve("outbox"), session, clock, FAST);
    }

    private PublishRequest request(boolean carousel, Instant at, String... titles) throws Exception {
        List<PublishRequest.Image> images = new ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            Path f = TestImages.jpeg(tmp, "img" + i, i);
            images.add(new PublishRequest.Image(f, "image/jpeg", 120, 180,
                    new PinText(titles[i], null, null, null)));
        }
        return new PublishRequest(board.id(), board.name(), board.privacy(), null, carousel,
                new PinText(carousel ? "Carousel title" : null, "Shared description", "https://example.com/a", null),
                images, at);
    }

    private List<Pin> pinsTitled(String title) {
        return session.client().boardPins(board.id()).stream().filter(p -> title.equals(p.title())).toList();
    }

    @Test
    void publishesOnePinPerImageAndJournalsTheOutcome() throws Exception {
        PublishService outbox = outbox();
        List<OutboxJob> jobs = outbox.enqueue(request(false, null, "one", "two", "three"));
        assertEquals(3, jobs.size());
        assertEquals(3, outbox.runDue());
        for (OutboxJob j : outbox.jobs()) {
            assertEquals(JobState.PUBLISHED, j.state(), j.lastError());
            assertNotNull(j.pinId());
        }
        assertEquals(1, pinsTitled("two").size());
        assertEquals("Shared description", pinsTitled("two").get(0).description());
        // a fresh service over the same folder sees the journal
        assertEquals(3, outbox().jobs().stream().filter(j -> j.state() == JobState.PUBLISHED).count());
    }

    @Test
    void aSignInThatExpiredKeepsTheQueueWaitingUntilTheAccountWorksAgain() throws Exception {
        String token = server.testApi().mintAccessToken(SandboxTestApi.ALL_PINDESK_SCOPES);
        java.util.concurrent.atomic.AtomicBoolean signedIn = new java.util.concurrent.atomic.AtomicBoolean(false);
        SandboxSession expiring = new SandboxSession(server.apiBase(), () -> {
            if (!signedIn.get()) {
                throw new AccountUnavailableException(AccountUnavailableException.Reason.NEEDS_SIGN_IN,
                        "Sign in again to continue publishing", null);
            }
            return token;
        }, SandboxSession.allScopes(), Duration.ofMillis(400));
        PublishService outbox = new PublishService(tmp.resolve("outbox"), expiring, clock, FAST);
        outbox.enqueue(request(false, null, "after sign-in"));

        outbox.runDue();

        OutboxJob waiting = outbox.jobs().get(0);
        assertEquals(JobState.QUEUED, waiting.state(), "kept, not failed: " + waiting.lastError());
        assertEquals(null, waiting.sentAt(), "nothing was sent, so nothing needs reconciling");
        assertEquals("Sign in again to continue publishing", outbox.pauseReason().orElseThrow());
        assertTrue(pinsTitled("after sign-in").isEmpty());

        signedIn.set(true);
        clock.advance(PublishService.ACCOUNT_RECHECK.plusSeconds(1));
        outbox.runDue();
        assertEquals(JobState.PUBLISHED, outbox.jobs().get(0).state(), outbox.jobs().get(0).lastError());
        assertEquals(1, pinsTitled("after sign-in").size());
        expiring.client().close();
    }

    @Test
    void boardSpacingHoldsTheSecondPinToABoardWhileOtherBoardsGoAhead() throws Exception {
        Board other = session.client().createBoard(new NewBoard("Other board", null, null));
        PublishService outbox = outbox();
        assertEquals(Duration.ZERO, outbox.boardSpacing(), "no spacing by default");
        outbox.setBoardSpacing(Duration.ofMinutes(10));
        outbox.enqueue(request(false, null, "first", "second"));
        PublishRequest toOther = request(false, null, "elsewhere");
        outbox.enqueue(new PublishRequest(other.id(), other.name(), other.privacy(), null, false, toOther.text(),
                toOther.images(), null));

        outbox.runDue();
        assertEquals(1, pinsTitled("first").size());
        assertTrue(pinsTitled("second").isEmpty(), "same board within 10 minutes: held");
        assertEquals(1, session.client().boardPins(other.id()).stream().count(), "another board is not held up");
        assertEquals(clock.instant().plus(Duration.ofMinutes(10)), outbox.spacedUntil(board.id()).orElseThrow());

        clock.advance(Duration.ofMinutes(9));
        outbox.runDue();
        assertTrue(pinsTitled("second").isEmpty());
        outbox.clearPublished(); // clearing the list doesn't reset the spacing
        outbox.runDue();
        assertTrue(pinsTitled("second").isEmpty());

        clock.advance(Duration.ofMinutes(1));
        outbox.runDue();
        assertEquals(1, pinsTitled("second").size());
        assertThrows(IllegalArgumentException.class, () -> outbox.setBoardSpacing(Duration.ofMinutes(-1)));
    }

    @Test
    void carouselIsOnePin() throws Exception {
        PublishService outbox = outbox();
        outbox.enqueue(request(true, null, "a", "b", "c"));
        outbox.runDue();
        assertEquals(JobState.PUBLISHED, outbox.jobs().get(0).state(), outbox.jobs().get(0).lastError());
        assertEquals(1, pinsTitled("Carousel title").size());
    }

    @Test
    void serverErrorsRetryWithBackoffAndPublishOnce() throws Exception {
        PublishService outbox = outbox();
        server.testApi().setFaults(FaultSpec.none().withServerErrorRate(1.0));
        outbox.enqueue(request(false, null, "flaky"));
        outbox.runDue();
        OutboxJob j = outbox.jobs().get(0);
        assertEquals(JobState.QUEUED, j.state());
        assertTrue(j.lastError().contains("503"), j.lastError());
        assertEquals(0, outbox.runDue(), "not due again before the backoff");
        server.testApi().setFaults(FaultSpec.none());
        clock.advance(Duration.ofSeconds(3));
        outbox.runDue();
        assertEquals(JobState.PUBLISHED, outbox.jobs().get(0).state());
        assertEquals(1, pinsTitled("flaky").size());
    }

    @Test
    void permanentFailureStaysInTheOutboxWithPinterestsMessageAndCanBeRetried() throws Exception {
        PublishService outbox = outbox();
        server.testApi().setFaults(FaultSpec.none().withServerErrorRate(1.0));
        outbox.enqueue(request(false, null, "doomed"));
        for (int i = 0; i < 6; i++) {
            outbox.runDue();
            clock.advance(Duration.ofSeconds(31));
        }
        OutboxJob j = outbox.jobs().get(0);
        assertEquals(JobState.FAILED, j.state());
        assertTrue(j.lastError().contains("gave up"), j.lastError());
        server.testApi().setFaults(FaultSpec.none());
        outbox.retry(j.id());
        outbox.runDue();
        assertEquals(JobState.PUBLISHED, outbox.jobs().get(0).state());
        assertEquals(1, pinsTitled("doomed").size());
    }

    @Test
    void unknownOutcomeIsReconciledInsteadOfSentAgain() throws Exception {
        PublishService outbox = outbox();
        // the sandbox stalls longer than the client waits, then creates the pin anyway: the reply is lost
        server.testApi().setFaults(FaultSpec.none().withStalls(1.0, Duration.ofMillis(900)));
        outbox.enqueue(request(false, null, "lost reply"));
        outbox.runDue();
        OutboxJob j = outbox.jobs().get(0);
        assertEquals(JobState.SENDING, j.state(), "outcome unknown: " + j.lastError());
        server.testApi().setFaults(FaultSpec.none());
        Thread.sleep(1200); // let the stalled create finish on the server
        assertEquals(0, outbox.runDue(), "waits the reconcile delay");
        clock.advance(Duration.ofSeconds(2));
        outbox.runDue();
        j = outbox.jobs().get(0);
        assertEquals(JobState.PUBLISHED, j.state(), j.lastError());
        List<Pin> pins = pinsTitled("lost reply");
        assertEquals(1, pins.size(), "published exactly once");
        assertEquals(pins.get(0).id(), j.pinId());
    }

    @Test
    void aResetConnectionIsAnUnknownOutcomeThatIsCheckedThenSentAgain() throws Exception {
        PublishService outbox = outbox();
        server.testApi().setFaults(FaultSpec.none().withResetRate(1.0)); // dropped before the sandbox acts
        outbox.enqueue(request(false, null, "reset"));
        outbox.runDue();
        OutboxJob j = outbox.jobs().get(0);
        assertEquals(JobState.SENDING, j.state(), "no reply: the outcome is unknown, " + j.lastError());
        server.testApi().setFaults(FaultSpec.none());
        clock.advance(Duration.ofSeconds(2));
        outbox.runDue();
        j = outbox.jobs().get(0);
        assertEquals(JobState.PUBLISHED, j.state(), j.lastError());
        assertEquals(2, j.attempts(), "looked for first, found nothing, sent once more");
        assertEquals(1, pinsTitled("reset").size());
    }

    @Test
    void identicalTextJobsEachGetTheirOwnPinAfterACrash() throws Exception {
        PublishService outbox = outbox();
        List<OutboxJob> jobs = outbox.enqueue(request(false, null, "same", "same"));
        outbox.runDue();
        // simulate a crash right after the second create: its journal still says SENDING
        OutboxJob second = outbox.job(jobs.get(1).id()).orElseThrow();
        new OutboxStore(tmp.resolve("outbox")).save(new OutboxJob(second.id(), second.boardId(), second.boardName(),
                null, false, second.text(), second.images(), JobState.SENDING, 1, second.createdAt(), null, null,
                false, second.sentAt(), null, null, null));
        PublishService restarted = outbox();
        restarted.runDue();
        assertEquals(second.pinId(), restarted.job(second.id()).orElseThrow().pinId(), "found, not re-sent");
        assertEquals(2, pinsTitled("same").size());
    }

    @Test
    void crashBeforeTheRequestLeftSendsItAfterReconciling() throws Exception {
        PublishService outbox = outbox();
        OutboxJob job = outbox.enqueue(request(false, null, "never sent")).get(0);
        new OutboxStore(tmp.resolve("outbox")).save(job.sending(clock.instant(), clock.instant().plusSeconds(1)));
        PublishService restarted = outbox();
        assertEquals(0, restarted.runDue(), "not looked for before the server could have finished with it");
        clock.advance(Duration.ofSeconds(2));
        restarted.runDue();
        assertEquals(JobState.PUBLISHED, restarted.job(job.id()).orElseThrow().state());
        assertEquals(1, pinsTitled("never sent").size());
    }

    @Test
    void rateLimitPausesTheQueueUntilRetryAfter() throws Exception {
        PublishService outbox = outbox();
        server.testApi().rateLimit("org_write", 1, Duration.ofMinutes(1), true);
        outbox.enqueue(request(false, null, "first", "second"));
        outbox.runDue();
        assertTrue(outbox.pausedUntil().isPresent(), "paused");
        assertEquals(1, outbox.jobs().stream().filter(j -> j.state() == JobState.PUBLISHED).count());
        OutboxJob waiting = outbox.jobs().stream().filter(j -> j.state() != JobState.PUBLISHED).findFirst()
                .orElseThrow();
        assertEquals(JobState.QUEUED, waiting.state());
        assertTrue(waiting.lastError().toLowerCase().contains("rate limit"), waiting.lastError());
        assertEquals(0, outbox.runDue(), "nothing sent while paused");
    }

    @Test
    void missingScopesAreExplainedBeforeAnythingIsEnqueued() throws Exception {
        session = new SandboxSession(server.apiBase(), "x", EnumSet.of(Scope.PINS_READ, Scope.BOARDS_READ),
                Duration.ofSeconds(1));
        PublishService outbox = outbox();
        ServiceException e = assertThrows(ServiceException.class,
                () -> outbox.enqueue(request(false, null, "nope")));
        assertTrue(e.getMessage().contains("pins:write"), e.getMessage());
        assertTrue(outbox.jobs().isEmpty());
    }

    @Test
    void scheduledJobsFireAtTheirTime() throws Exception {
        PublishService outbox = outbox();
        outbox.enqueue(request(false, clock.instant().plus(Duration.ofHours(1)), "later"));
        assertEquals(0, outbox.runDue());
        clock.advance(Duration.ofMinutes(59));
        assertEquals(0, outbox.runDue());
        clock.advance(Duration.ofMinutes(1));
        assertEquals(1, outbox.runDue());
        assertEquals(1, pinsTitled("later").size());
    }

    @Test
    void overdueJobsOnStartWaitForTheUsersDecision() throws Exception {
        outbox().enqueue(request(false, clock.instant().plus(Duration.ofMinutes(5)), "overdue", "moved"));
        clock.advance(Duration.ofHours(3)); // PinDesk was closed meanwhile
        PublishService restarted = outbox();
        restarted.markOverdue();
        List<OutboxJob> held = restarted.awaitingDecision();
        assertEquals(2, held.size());
        assertEquals(0, restarted.runDue(), "held jobs are not sent");
        restarted.publishNow(held.get(0).id());
        restarted.reschedule(held.get(1).id(), clock.instant().plus(Duration.ofHours(1)));
        assertEquals(1, restarted.runDue());
        assertEquals(1, pinsTitled("overdue").size());
        assertEquals(0, pinsTitled("moved").size());
        clock.advance(Duration.ofHours(1));
        restarted.runDue();
        assertEquals(1, pinsTitled("moved").size());
    }
}
