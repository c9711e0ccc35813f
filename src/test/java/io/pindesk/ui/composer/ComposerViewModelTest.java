package io.pindesk.ui.composer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.pindesk.api.NewBoard;
import io.pindesk.domain.Board;
import io.pindesk.domain.Scope;
import io.pindesk.media.DropData;
import io.pindesk.media.ImageLimits;
import io.pindesk.media.ImagePipeline;
import io.pindesk.sandbox.SandboxConfig;
import io.pindesk.sandbox.SandboxSeed;
import io.pindesk.sandbox.SandboxServer;
import io.pindesk.sandbox.SandboxTestApi;
import io.pindesk.service.ApiBoardDirectory;
import io.pindesk.service.DraftService;
import io.pindesk.service.JobState;
import io.pindesk.service.PublishService;
import io.pindesk.service.SandboxSession;
import io.pindesk.ui.common.UiAsync;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composer's state without the FX toolkit (UiAsync.direct()), over a live sandbox. */
class ComposerViewModelTest {

    @TempDir Path tmp;
    private SandboxServer server;
    private SandboxSession session;
    private ImagePipeline pipeline;
    private DraftService drafts;
    private PublishService outbox;
    private Board board;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxConfig.builder().seed(SandboxSeed.empty()).build());
        session = new SandboxSession(server.apiBase(),
                server.testApi().mintAccessToken(SandboxTestApi.ALL_PINDESK_SCOPES), SandboxSession.allScopes(),
                Duration.ofSeconds(2));
        board = session.client().createBoard(new NewBoard("Composer board", null, null));
        pipeline = ImagePipeline.create(ImageLimits.DEFAULT, "PinDesk-test", tmp);
        drafts = new DraftService(tmp.resolve("drafts"), Clock.systemUTC(), Duration.ofMillis(100));
        outbox = new PublishService(tmp.resolve("outbox"), session, Clock.systemUTC(), PublishService.Options.STANDARD);
    }

    @AfterEach
    void stop() {
        drafts.close();
        pipeline.close();
        session.client().close();
        server.close();
    }

    private ComposerViewModel vm(java.util.Set<Scope> scopes) {
        return new ComposerViewModel(UiAsync.direct(), ComposerTexts.english(), pipeline::prepare, drafts, outbox,
                new ApiBoardDirectory(() -> session), scopes, ZoneId.of("Europe/Berlin"));
    }

    static DropData fixture(String name) throws Exception {
        try (InputStream in = ComposerViewModelTest.class.getResourceAsStream("/io/pindesk/media/drops/" + name)) {
            JsonObject f = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
            DropData.Builder b = DropData.builder();
            if (f.has("types")) {
                for (Map.Entry<String, JsonElement> e : f.getAsJsonObject("types").entrySet()) {
                    if (e.getValue().isJsonPrimitive()) {
                        b.content(e.getKey(), e.getValue().getAsString());
                    }
                }
            }
            if (f.has("html")) {
                b.html(f.get("html").getAsString());
            }
            return b.build();
        }
    }

    @Test
    void countersAndInlineErrorsFollowTheText() {
        ComposerViewModel vm = vm(SandboxSession.allScopes());
        assertEquals("0 / 100", vm.counter(vm.titleProperty(), ComposerValidation.TITLE_MAX).get());
        vm.titleProperty().set("x".repeat(101));
        assertEquals("101 / 100", vm.counter(vm.titleProperty(), ComposerValidation.TITLE_MAX).get());
        assertTrue(vm.titleErrorProperty().get().contains("1 characters too long"));
        vm.titleProperty().set("Fine");
        assertEquals("", vm.titleErrorProperty().get());
        vm.linkProperty().set("ftp://example.com/x");
        assertTrue(vm.linkErrorProperty().get().contains("http"));
        vm.linkProperty().set("https://example.com/x");
        assertEquals("", vm.linkErrorProperty().get());
        vm.descriptionProperty().set("d".repeat(801));
        assertFalse(vm.descriptionErrorProperty().get().isEmpty());
        vm.altTextProperty().set("a".repeat(501));
        assertFalse(vm.altTextErrorProperty().get().isEmpty());
        assertFalse(vm.canPublishProperty().get());
    }

    @Test
    void aDropBecomesComposerImagesAndRejectionsBecomeNotices() throws Exception {
        ComposerViewModel vm = vm(SandboxSession.allScopes());
        vm.addDrop(fixture("firefox-data-urls.json"));
        assertEquals(2, vm.images().size(), "the PNG and the GIF data: URLs");
        assertEquals("dot", vm.images().get(0).altTextProperty().get(), "alt text carried over");
        assertTrue(vm.notices().stream().anyMatch(n -> n.contains("SVG")), vm.notices().toString());
        assertEquals(-1, vm.progressProperty().get());
        // carousel rules
        vm.carouselProperty().set(true);
        assertEquals("", vm.imagesErrorProperty().get());
        vm.removeImage(vm.images().get(1));
        assertTrue(vm.imagesErrorProperty().get().contains("2 to 5"));
    }

    @Test
    void eachImageOfADropJoinsTheListAsSoonAsItIsPrepared() throws Exception {
        java.util.List<Runnable> ui = new java.util.ArrayList<>();
        ComposerViewModel vm = new ComposerViewModel(new UiAsync(Runnable::run, ui::add), ComposerTexts.english(),
                pipeline::prepare, drafts, outbox, new ApiBoardDirectory(() -> session), SandboxSession.allScopes(),
                ZoneId.of("Europe/Berlin"));
        java.util.List<Integer> added = new java.util.ArrayList<>();
        vm.images().addListener((javafx.collections.ListChangeListener<ComposerImage>) c -> {
            while (c.next()) {
                added.add(c.getAddedSize());
            }
        });
        vm.addDrop(fixture("firefox-data-urls.json"));
        // UI steps in order: image 1, progress, image 2, progress, (SVG rejected) progress, outcome
        ui.remove(0).run();
        assertEquals(1, vm.images().size(), "the first image shows before the others are done");
        assertTrue(vm.busyProperty().get(), "still preparing");
        while (!ui.isEmpty()) {
            ui.remove(0).run();
        }
        assertEquals(java.util.List.of(1, 1), added, "one row per image, as each arrives");
        assertFalse(vm.busyProperty().get());
        assertTrue(vm.notices().stream().anyMatch(n -> n.contains("SVG")), vm.notices().toString());
    }

    @Test
    void theNextPhotoIsPreparedOnlyOnceTheWindowHasDrawnTheFirst() throws Exception {
        java.util.concurrent.ExecutorService io = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.BlockingQueue<Runnable> ui = new java.util.concurrent.LinkedBlockingQueue<>();
        java.util.concurrent.BlockingQueue<Runnable> frames = new java.util.concurrent.LinkedBlockingQueue<>();
        java.util.concurrent.atomic.AtomicInteger prepared = new java.util.concurrent.atomic.AtomicInteger();
        try {
            ComposerViewModel vm = new ComposerViewModel(new UiAsync(io, ui::add, (count, done) -> frames.add(done)),
                    ComposerTexts.english(), source -> {
                        prepared.incrementAndGet();
                        return pipeline.prepare(source);
                    }, drafts, outbox, new ApiBoardDirectory(() -> session), SandboxSession.allScopes(),
                    ZoneId.of("Europe/Berlin"));
            vm.addDrop(fixture("firefox-data-urls.json"));
            ui.poll(10, java.util.concurrent.TimeUnit.SECONDS).run(); // the first image reaches the list
            assertEquals(1, vm.images().size());
            Runnable drawn = frames.poll(5, java.util.concurrent.TimeUnit.SECONDS);
            Thread.sleep(100); // room for a wrong implementation to start on the second photo
            assertEquals(1, prepared.get(), "the second photo waits for the window's frame");
            drawn.run();
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
            while (vm.busyProperty().get() && System.nanoTime() < deadline) {
                Runnable next = ui.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (next != null) {
                    next.run();
                }
            }
            assertFalse(vm.busyProperty().get(), "the drop finished after the frame");
            assertTrue(prepared.get() >= 2, "preparing went on after the frame");
            assertEquals(2, vm.images().size());
            assertTrue(frames.isEmpty(), "only the drop's first image waits for a frame");
        } finally {
            io.shutdownNow();
        }
    }

    @Test
    void editingTheDraftOnTopOfTheListReplacesOnlyThatRow() {
        ComposerViewModel vm = vm(SandboxSession.allScopes());
        vm.titleProperty().set("First");
        assertEquals("First", vm.savedDrafts().get(0).text().title());
        java.util.List<String> changes = new java.util.ArrayList<>();
        vm.savedDrafts().addListener((javafx.collections.ListChangeListener<io.pindesk.service.Draft>) c -> {
            while (c.next()) {
                changes.add(c.getFrom() + "-" + c.getTo() + (c.wasReplaced() ? " replaced" : " moved"));
            }
        });
        vm.titleProperty().set("First, edited");
        assertEquals(java.util.List.of("0-1 replaced"), changes);
        assertEquals(1, vm.savedDrafts().size());
        assertEquals("First, edited", vm.savedDrafts().get(0).text().title());
    }

    @Test
    void imagesPreparedAfterTheComposerMovedOnAreNotAdded() throws Exception {
        java.util.List<Runnable> ui = new java.util.ArrayList<>();
        ComposerViewModel vm = new ComposerViewModel(new UiAsync(Runnable::run, ui::add), ComposerTexts.english(),
                pipeline::prepare, drafts, outbox, new ApiBoardDirectory(() -> session), SandboxSession.allScopes(),
                ZoneId.of("Europe/Berlin"));
        vm.addDrop(fixture("firefox-data-urls.json"));
        vm.startNewDraft();
        while (!ui.isEmpty()) {
            ui.remove(0).run();
        }
        assertTrue(vm.images().isEmpty(), "they belonged to the previous draft");
    }

    @Test
    void thePreviewShowsTheFirstPinAsItWillBeSent() throws Exception {
        ComposerViewModel vm = vm(SandboxSession.allScopes());
        vm.addDrop(fixture("firefox-data-urls.json"));
        vm.titleProperty().set("Shared");
        vm.descriptionProperty().set("Shared description");
        vm.images().get(0).titleProperty().set("Own title");
        assertEquals("Own title", vm.previewText().title(), "batch mode: the image's own title wins");
        assertEquals("Shared description", vm.previewText().description(), "empty own fields fall back");
        vm.carouselProperty().set(true);
        assertEquals("Shared", vm.previewText().title(), "a carousel pin uses the shared title");
    }

    @Test
    void publishEnqueuesChecksScopesAndStartsANewDraft() throws Exception {
        ComposerViewModel vm = vm(SandboxSession.allScopes());
        vm.loadBoards();
        assertEquals(1, vm.filteredBoards().size());
        vm.boardFilterProperty().set("nothing like it");
        assertEquals(0, vm.filteredBoards().size());
        vm.boardFilterProperty().set("composer");
        vm.boardProperty().set(vm.filteredBoards().get(0));
        vm.addDrop(fixture("firefox-data-urls.json"));
        vm.titleProperty().set("Two dots");
        assertTrue(vm.canPublishProperty().get(), vm.firstProblem().toString());
        String draftId = vm.draftId();
        vm.publish();
        assertEquals("2 pins queued", vm.statusProperty().get(), vm.problemProperty().get());
        assertTrue(vm.images().isEmpty());
        assertFalse(draftId.equals(vm.draftId()));
        assertTrue(drafts.load(draftId).isEmpty(), "the published draft is gone");
        outbox.runDue();
        assertEquals(2, outbox.jobs().stream().filter(j -> j.state() == JobState.PUBLISHED).count());
    }

    @Test
    void missingWriteScopeIsExplainedAndNothingIsQueued() throws Exception {
        ComposerViewModel vm = vm(EnumSet.of(Scope.BOARDS_READ, Scope.PINS_READ));
        vm.loadBoards();
        vm.boardProperty().set(vm.filteredBoards().get(0));
        vm.addDrop(fixture("firefox-data-urls.json"));
        assertFalse(vm.canPublishProperty().get());
        vm.publish();
        assertTrue(vm.problemProperty().get().contains("pins:write"), vm.problemProperty().get());
        vm.createBoard("New one", null);
        assertTrue(vm.problemProperty().get().contains("boards:write"), vm.problemProperty().get());
        assertTrue(outbox.jobs().isEmpty());
    }

    @Test
    void theDraftIsSavedAndRestoredAfterARestart() throws Exception {
        ComposerViewModel vm = vm(SandboxSession.allScopes());
        vm.addDrop(fixture("firefox-data-urls.json"));
        vm.titleProperty().set("Half written");
        vm.descriptionProperty().set("Nothing is lost");
        drafts.flush();
        ComposerViewModel after = vm(SandboxSession.allScopes());
        after.restoreLatest();
        assertEquals("Half written", after.titleProperty().get());
        assertEquals("Nothing is lost", after.descriptionProperty().get());
        assertEquals(2, after.images().size());
        assertTrue(java.nio.file.Files.exists(after.images().get(0).file()));
        after.deleteDraft(after.savedDrafts().get(0));
        assertTrue(after.savedDrafts().isEmpty());
    }
}
