package io.pindesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pindesk.api.Pacers;
import io.pindesk.api.RetryPolicy;
import io.pindesk.domain.Board;
import io.pindesk.domain.BoardPrivacy;
import io.pindesk.domain.Page;
import io.pindesk.domain.Pin;
import io.pindesk.domain.Scope;
import io.pindesk.sandbox.FaultSpec;
import io.pindesk.sandbox.SandboxConfig;
import io.pindesk.sandbox.SandboxSeed;
import io.pindesk.sandbox.SandboxServer;
import io.pindesk.store.LibraryCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LibraryService against the local sandbox: sync completeness, incremental sync, cache, offline, scopes, bulk. */
class LibraryServiceTest {

    private static final String PINS_LIST = "/v5/boards/{board_id}/pins";

    @TempDir Path dir;
    private SandboxServer server;
    private final List<SandboxSession> sessions = new ArrayList<>();
    private final List<LibraryService> services = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (LibraryService s : services) {
            assertTrue(s.awaitSaved(Duration.ofSeconds(10)), "saves end before the folder is removed");
        }
        sessions.forEach(SandboxSession::close);
        if (server != null) {
            server.close();
        }
    }

    private SandboxServer start(SandboxSeed seed) throws Exception {
        server = SandboxServer.start(SandboxConfig.builder().port(0).seed(seed).build());
        return server;
    }

    private LibraryService service(SandboxSession session) {
        sessions.add(session);
        LibraryService made = new LibraryService(session, new LibraryCache(dir.resolve("library")));
        services.add(made);
        return made;
    }

    private LibraryService service() {
        return service(SandboxSession.allScopes(server));
    }

    @Test
    void syncLoadsEveryPinOfLargeBoardsExactlyOnce() throws Exception {
        start(SandboxSeed.sized(3, 450));
        LibraryService library = service();
        List<SyncProgress> seen = new ArrayList<>();
        SyncResult result = library.sync(seen::add, new CancelSignal());

        assertEquals(3, result.boards());
        assertEquals(1350, result.pins());
        assertTrue(result.complete());
        Set<String> ids = new HashSet<>();
        for (Board b : library.boards()) {
            Page<Pin> pins = library.pins(b.id(), null, null);
            assertEquals(450, pins.items().size(), "every page followed for " + b.name());
            assertFalse(pins.hasMore());
            pins.items().forEach(p -> assertTrue(ids.add(p.id()), "duplicate pin " + p.id()));
        }
        assertEquals(server.pinCount(), ids.size());
        SyncProgress last = seen.get(seen.size() - 1);
        assertEquals(3 + 1350, last.itemsLoaded(), "progress counts items loaded");
        assertEquals(3, last.boardsDone());
    }

    @Test
    void aSecondSyncSkipsBoardsWhosePinsDidNotChangeAndRefetchesOnlyTheChangedOne() throws Exception {
        start(SandboxSeed.sized(4, 30));
        LibraryService library = service();
        library.sync(p -> { }, new CancelSignal());
        long pinRequests = server.testApi().requestCount("GET", PINS_LIST);
        assertEquals(4, pinRequests);

        SyncResult again = library.sync(p -> { }, new CancelSignal());
        assertEquals(4, again.boardsSkipped());
        assertEquals(0, again.boardsFetched());
        assertEquals(pinRequests, server.testApi().requestCount("GET", PINS_LIST), "no pin page fetched again");

        // A change made elsewhere (another app deletes a pin) bumps that board's board_pins_modified_at.
        Board changed = library.boards().get(1);
        Pin victim = library.pins(changed.id(), null, null).items().get(0);
        SandboxSession other = SandboxSession.allScopes(server);
        sessions.add(other);
        Thread.sleep(5); // the sandbox's modification time has millisecond resolution
        other.client().deletePin(victim.id());

        SyncResult third = library.sync(p -> { }, new CancelSignal());
        assertEquals(1, third.boardsFetched());
        assertEquals(3, third.boardsSkipped());
        assertEquals(29, library.pins(changed.id(), null, null).items().size());
        assertEquals(119, third.pins());
    }

    @Test
    void aRestartShowsTheSavedLibraryBeforeAnyRequestAndOfflineItStaysReadable() throws Exception {
        start(SandboxSeed.sized(2, 40));
        LibraryService first = service();
        first.sync(p -> { }, new CancelSignal());
        assertTrue(first.awaitSaved(java.time.Duration.ofSeconds(10)), "the copy on disk catches up");
        String boardId = first.boards().get(0).id();
        server.close();
        server = null;

        LibraryService restarted = new LibraryService(first.session(), new LibraryCache(dir.resolve("library")));
        assertEquals(java.util.Optional.empty(), restarted.cacheLoaded(), "not read yet");
        assertTrue(restarted.loadCache());
        assertEquals(java.util.Optional.of(true), restarted.cacheLoaded(), "what the read found, for the screen");
        assertEquals(2, restarted.boards().size());
        assertEquals(40, restarted.pins(boardId, null, null).items().size(), "pins come from disk");

        LibraryException offline = assertThrows(LibraryException.class,
                () -> restarted.sync(p -> { }, new CancelSignal()));
        assertEquals(LibraryException.Kind.OFFLINE, offline.kind());
        assertTrue(restarted.isOffline());
        assertTrue(offline.getMessage().contains("cannot reach Pinterest"), offline.getMessage());
        assertEquals(2, restarted.boards().size(), "a failed sync keeps the library");
        assertTrue(restarted.deniedReason(LibraryAction.EDIT_PIN, BoardPrivacy.PUBLIC).orElse("").contains("offline"));
    }

    @Test
    void actionsNeedingAMissingScopeAreRefusedBeforeAnyRequest() throws Exception {
        start(SandboxSeed.sized(10, 3));
        Set<Scope> readOnly = EnumSet.of(Scope.BOARDS_READ, Scope.PINS_READ, Scope.USER_ACCOUNTS_READ);
        LibraryService library = service(SandboxSession.minted(server, readOnly, SandboxSession.FAST_RETRIES,
                Pacers.unspaced(4)));
        SyncResult result = library.sync(p -> { }, new CancelSignal());
        assertEquals(9, result.boards(), "the secret board stays hidden without boards:read_secret");

        server.testApi().reset();
        LibraryException e = assertThrows(LibraryException.class,
                () -> library.createBoard("Trips", "", BoardPrivacy.PUBLIC));
        assertEquals(LibraryException.Kind.MISSING_SCOPE, e.kind());
        assertTrue(e.getMessage().contains("boards:write"), e.getMessage());
        Pin pin = library.pins(library.boards().get(0).id(), null, null).items().get(0);
        assertEquals(LibraryException.Kind.MISSING_SCOPE, assertThrows(LibraryException.class,
                () -> library.deletePin(pin)).kind());
        assertEquals(0, server.testApi().requestCounts().values().stream().mapToLong(Long::longValue).sum(),
                "nothing was sent");
        assertTrue(library.deniedReason(LibraryAction.MOVE_PIN, BoardPrivacy.PUBLIC).isPresent());
    }

    @Test
    void secretBoardsNeedTheSecretWriteScope() throws Exception {
        start(SandboxSeed.sized(10, 1));
        Set<Scope> noSecretWrite = EnumSet.allOf(Scope.class);
        noSecretWrite.remove(Scope.BOARDS_WRITE_SECRET);
        LibraryService library = service(SandboxSession.minted(server, noSecretWrite, SandboxSession.FAST_RETRIES,
                Pacers.unspaced(4)));
        library.sync(p -> { }, new CancelSignal());
        Board secret = library.boards().stream().filter(b -> b.privacy() == BoardPrivacy.SECRET).findFirst()
                .orElseThrow();
        assertEquals(LibraryException.Kind.MISSING_SCOPE, assertThrows(LibraryException.class,
                () -> library.createSection(secret.id(), "Later")).kind());
        assertEquals(LibraryException.Kind.MISSING_SCOPE, assertThrows(LibraryException.class,
                () -> library.createBoard("Hidden", null, BoardPrivacy.SECRET)).kind());
        Board made = library.createBoard("Open", null, BoardPrivacy.PUBLIC);
        assertEquals("Open", library.boards().get(0).name());
        assertEquals(made.id(), library.boards().get(0).id());
    }

    @Test
    void editsMovesAndDeletesReachPinterestAndTheSavedLibrary() throws Exception {
        start(SandboxSeed.sized(2, 5));
        LibraryService library = service();
        library.sync(p -> { }, new CancelSignal());
        Board from = library.boards().get(0);
        Board to = library.boards().get(1);
        Pin pin = library.pins(from.id(), null, null).items().get(0);

        LibraryException tooLong = assertThrows(LibraryException.class,
                () -> library.editPin(pin, new PinEdit("x".repeat(101), "", "ftp://a.example", "")));
        assertEquals(LibraryException.Kind.INVALID, tooLong.kind());
        assertTrue(tooLong.getMessage().contains("100"), tooLong.getMessage());
        assertTrue(tooLong.getMessage().contains("http"), tooLong.getMessage());

        Pin edited = library.editPin(pin, new PinEdit("New title", "Words", "https://example.com/x", "Alt"));
        assertEquals("New title", edited.title());
        assertEquals("New title", library.session().client().pin(pin.id()).title());

        library.movePin(pin, to.id(), null);
        assertEquals(4, library.pins(from.id(), null, null).items().size());
        assertTrue(library.pins(to.id(), null, null).items().stream().anyMatch(p -> p.id().equals(pin.id())));
        assertEquals(to.id(), library.session().client().pin(pin.id()).boardId());

        var section = library.createSection(to.id(), "Keepers");
        assertEquals(List.of(section), library.sections(to.id()));
        var renamed = library.renameSection(section, "Best");
        assertEquals("Best", library.sections(to.id()).get(0).name());
        library.deleteSection(renamed);
        assertTrue(library.sections(to.id()).isEmpty());

        library.deletePin(pin);
        assertEquals(5, library.pins(to.id(), null, null).items().size());
        library.deleteBoard(from);
        assertEquals(1, library.boards().size());

        // What was saved matches what the service shows.
        LibraryService restarted = new LibraryService(library.session(), new LibraryCache(dir.resolve("library")));
        restarted.loadCache();
        assertEquals(1, restarted.boards().size());
        assertEquals(5, restarted.pins(to.id(), null, null).items().size());
    }

    @Test
    void bulkMoveReportsPartialFailuresFromServerErrorsAndRateLimits() throws Exception {
        start(SandboxSeed.sized(2, 12));
        SandboxSession noRetries = SandboxSession.minted(server, EnumSet.allOf(Scope.class), RetryPolicy.NONE,
                Pacers.unspaced(2));
        LibraryService library = service(noRetries);
        library.sync(p -> { }, new CancelSignal());
        Board from = library.boards().get(0);
        Board to = library.boards().get(1);
        List<Pin> selection = library.pins(from.id(), null, null).items();

        server.testApi().setFaults(FaultSpec.none().withServerErrorRate(0.4).withSeed(7));
        List<BulkProgress> progress = new ArrayList<>();
        BulkReport report = library.bulkMove(selection.subList(0, 6), to.id(), null, progress::add,
                new CancelSignal());
        assertEquals(6, report.succeeded().size() + report.failed().size());
        assertFalse(report.failed().isEmpty(), "some requests failed");
        assertFalse(report.succeeded().isEmpty(), "the rest went on");
        report.failed().values().forEach(m -> assertTrue(m.contains("Pinterest had a problem"), m));
        assertEquals(new BulkProgress(6, 6, report.failed().size(), null), progress.get(progress.size() - 1));
        server.testApi().setFaults(FaultSpec.none());
        for (String id : report.succeeded()) {
            assertEquals(to.id(), library.session().client().pin(id).boardId());
        }

        server.testApi().rateLimit("org_write", 2, Duration.ofMinutes(10), false);
        BulkReport limited = library.bulkDelete(selection.subList(6, 12), p -> { }, new CancelSignal());
        assertEquals(2, limited.succeeded().size());
        assertEquals(4, limited.failed().size());
        limited.failed().values().forEach(m -> assertTrue(m.contains("rate limit"), m));
        assertEquals(24 - 2, library.pins(from.id(), null, null).items().size()
                + library.pins(to.id(), null, null).items().size(), "only the deleted pins are gone");
    }

    @Test
    void aSyncBrokenByServerErrorsEndsCompleteAndDuplicateFreeOnTheNextRun() throws Exception {
        start(SandboxSeed.sized(6, 300));
        SandboxSession noRetries = SandboxSession.minted(server, EnumSet.allOf(Scope.class), RetryPolicy.NONE,
                Pacers.unspaced(4));
        LibraryService library = service(noRetries);
        server.testApi().setFaults(FaultSpec.none().withServerErrorRate(0.15).withSeed(3));
        SyncResult broken;
        try {
            broken = library.sync(p -> { }, new CancelSignal());
        } catch (LibraryException e) {
            broken = null; // the board list itself failed: nothing saved yet, the next run starts over
        }
        assertTrue(broken == null || !broken.complete(), "faults left some boards unsynced");

        server.testApi().setFaults(FaultSpec.none());
        SyncResult fixed = library.sync(p -> { }, new CancelSignal());
        assertTrue(fixed.complete());
        assertEquals(1800, fixed.pins());
        Set<String> ids = new HashSet<>();
        for (Board b : library.boards()) {
            library.pins(b.id(), null, null).items().forEach(p -> assertTrue(ids.add(p.id())));
        }
        assertEquals(1800, ids.size());
    }

    @Test
    void aCancelledSyncStopsAndKeepsCompleteBoards() throws Exception {
        start(SandboxSeed.sized(4, 50));
        server.testApi().setLatency(Duration.ofMillis(30));
        LibraryService library = service();
        CancelSignal cancel = new CancelSignal();
        LibraryException e = assertThrows(LibraryException.class, () -> library.sync(p -> {
            if (p.itemsLoaded() >= 4) {
                cancel.cancel();
            }
        }, cancel));
        assertEquals(LibraryException.Kind.CANCELLED, e.kind());
        server.testApi().setLatency(Duration.ZERO);
        assertEquals(200, library.sync(p -> { }, new CancelSignal()).pins());
    }

    @Test
    void aSyncEndsBeforeItsCopyIsSavedAndEditsAfterItLandLast() throws Exception {
        start(SandboxSeed.sized(2, 30));
        SandboxSession session = SandboxSession.allScopes(server);
        sessions.add(session);
        LibraryWrites writes = new LibraryWrites();
        LibraryService library = new LibraryService(session, new LibraryCache(dir.resolve("library")),
                LibraryService.DEFAULT_PARALLELISM, writes);
        services.add(library);
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        writes.later("a held write", () -> {
            try {
                held.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        assertEquals(60, library.sync(p -> { }, new CancelSignal()).pins(), "the sync does not wait for its saves");
        assertEquals(60, library.boards().stream().mapToInt(b -> library.pins(b.id(), null, null).items().size())
                .sum(), "and the library is current in memory");
        assertFalse(Files.exists(dir.resolve("library").resolve("boards.json")), "nothing is on disk yet");
        assertFalse(library.awaitSaved(Duration.ofMillis(100)));

        held.countDown();
        assertTrue(library.awaitSaved(Duration.ofSeconds(10)));
        LibraryService restarted = new LibraryService(session, new LibraryCache(dir.resolve("library")));
        assertTrue(restarted.loadCache());
        String boardId = restarted.boards().get(0).id();
        assertEquals(30, restarted.pins(boardId, null, null).items().size());

        // An edit right after a sync queues behind the sync's saves: the older copy never lands after it.
        Pin first = library.pins(boardId, null, null).items().get(0);
        library.sync(p -> { }, new CancelSignal()); // unchanged boards: nothing to fetch, the board list is saved
        library.deletePin(first);
        assertTrue(library.awaitSaved(Duration.ofSeconds(10)));
        LibraryService again = new LibraryService(session, new LibraryCache(dir.resolve("library")));
        again.loadCache();
        assertEquals(29, again.pins(boardId, null, null).items().size());
    }
}
