package io.pindesk.ui.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pindesk.api.NewBoard;
import io.pindesk.domain.Board;
import io.pindesk.domain.BoardPrivacy;
import io.pindesk.sandbox.SandboxConfig;
import io.pindesk.sandbox.SandboxSeed;
import io.pindesk.sandbox.SandboxServer;
import io.pindesk.service.OutboxJob;
import io.pindesk.service.PinText;
import io.pindesk.service.PublishRequest;
import io.pindesk.service.PublishService;
import io.pindesk.service.SandboxSession;
import io.pindesk.ui.common.UiAsync;
import io.pindesk.ui.composer.ComposerTexts;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The success notice with "Open pin" (or "Copy pin ID" where pins have no web page), without the FX toolkit. */
class QueueViewModelTest {

    private static final PublishService.Options FAST = new PublishService.Options(Duration.ofSeconds(2),
            Duration.ofSeconds(30), 2, 50, Duration.ofSeconds(1), Duration.ofMinutes(2), Duration.ofMillis(50));

    @TempDir Path tmp;
    private SandboxServer server;
    private SandboxSession session;
    private PublishService outbox;
    private Board board;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxConfig.builder().seed(SandboxSeed.empty()).build());
        session = SandboxSession.allScopes(server);
        board = session.client().createBoard(new NewBoard("Notices", null, null));
        outbox = new PublishService(tmp.resolve("outbox"), session, Clock.systemUTC(), FAST);
    }

    @AfterEach
    void stop() {
        outbox.close();
        session.close();
        server.close();
    }

    private void enqueue(String title) throws Exception {
        Path file = tmp.resolve(title + ".jpg");
        ImageIO.write(new BufferedImage(60, 90, BufferedImage.TYPE_INT_RGB), "jpg", file.toFile());
        outbox.enqueue(new PublishRequest(board.id(), board.name(), BoardPrivacy.PUBLIC, null, false,
                new PinText(title, null, null, null),
                List.of(new PublishRequest.Image(file, "image/jpeg", 60, 90, PinText.EMPTY)), null));
    }

    @Test
    void aPinPublishedWhileThePanelIsOpenGetsANoticeThatOpensItsPage() throws Exception {
        enqueue("Old news");
        outbox.runDue();
        QueueViewModel vm = new QueueViewModel(outbox, UiAsync.direct(), ComposerTexts.english(), ZoneId.of("UTC"),
                true);
        assertEquals("", vm.noticeProperty().get(), "published before the panel opened: no notice");

        enqueue("Fresh");
        outbox.runDue();

        OutboxJob fresh = vm.noticeJobProperty().get();
        assertEquals("Fresh", fresh.label());
        assertTrue(vm.noticeProperty().get().contains("Fresh") && vm.noticeProperty().get().contains("Notices"),
                vm.noticeProperty().get());
        assertEquals(URI.create("https://www.pinterest.com/pin/" + fresh.pinId() + "/"),
                vm.pinPage(fresh).orElseThrow());
        assertEquals("Open pin", vm.openPinLabel());
        vm.dismissNotice();
        assertEquals("", vm.noticeProperty().get());
        assertNull(vm.noticeJobProperty().get());
        vm.dispose();
    }

    @Test
    void theSpacingSettingReachesTheOutboxAndHeldJobsSaySo() throws Exception {
        QueueViewModel vm = new QueueViewModel(outbox, UiAsync.direct(), ComposerTexts.english(), ZoneId.of("UTC"),
                true);
        assertEquals(0, vm.spacingMinutesProperty().get());
        vm.spacingMinutesProperty().set(30);
        assertEquals(Duration.ofMinutes(30), outbox.boardSpacing());
        enqueue("one");
        enqueue("two");
        outbox.runDue();
        OutboxJob held = vm.jobs().stream().filter(j -> j.label().equals("two")).findFirst().orElseThrow();
        assertTrue(vm.describe(held).startsWith("Waiting for the board spacing"), vm.describe(held));
        vm.dispose();
    }

    @Test
    void localSandboxPinsHaveNoPageSoTheIdIsCopied() throws Exception {
        QueueViewModel vm = new QueueViewModel(outbox, UiAsync.direct(), ComposerTexts.english(), ZoneId.of("UTC"),
                false);
        enqueue("Local");
        outbox.runDue();
        OutboxJob job = vm.noticeJobProperty().get();
        assertTrue(vm.pinPage(job).isEmpty());
        assertEquals("Copy pin ID", vm.openPinLabel());
        vm.pinIdCopied(job);
        assertTrue(vm.noticeProperty().get().contains(job.pinId()), vm.noticeProperty().get());
        vm.dispose();
    }

    @Test
    void aBurstOfOutboxChangesCostsOneRefreshOnTheUiThread() throws Exception {
        java.util.List<Runnable> uiQueue = new java.util.ArrayList<>();
        QueueViewModel vm = new QueueViewModel(outbox, new UiAsync(Runnable::run, uiQueue::add),
                ComposerTexts.english(), ZoneId.of("UTC"), true);
        for (int i = 0; i < 5; i++) {
            enqueue("burst " + i);
        }
        assertEquals(1, uiQueue.size(), "five changes, one refresh waiting");
        uiQueue.remove(0).run();
        assertEquals(5, vm.jobs().size(), "the refresh read the outbox as it is when it ran");
        enqueue("after");
        assertEquals(1, uiQueue.size(), "a change after the refresh ran queues the next one");
    }

    @Test
    void aJobChangingStateReplacesOnlyItsOwnRow() throws Exception {
        enqueue("one");
        enqueue("two");
        enqueue("three");
        QueueViewModel vm = new QueueViewModel(outbox, UiAsync.direct(), ComposerTexts.english(), ZoneId.of("UTC"),
                true);
        List<String> changes = new java.util.ArrayList<>();
        vm.jobs().addListener((javafx.collections.ListChangeListener<OutboxJob>) c -> {
            while (c.next()) {
                changes.add(c.getFrom() + "-" + c.getTo() + (c.wasReplaced() ? " replaced" : " other"));
            }
        });
        outbox.runDue();
        assertTrue(vm.jobs().stream().allMatch(j -> j.state() == io.pindesk.service.JobState.PUBLISHED),
                vm.jobs().toString());
        assertTrue(!changes.isEmpty() && changes.stream().allMatch(c -> c.endsWith(" replaced")
                && Integer.parseInt(c.split("[- ]")[1]) - Integer.parseInt(c.split("-")[0]) == 1), changes.toString());
        enqueue("four");
        assertEquals(4, vm.jobs().size(), "a new job still shows");
    }
}
