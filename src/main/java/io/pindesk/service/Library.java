package io.pindesk.service;

import io.pindesk.domain.Board;
import io.pindesk.domain.BoardPrivacy;
import io.pindesk.domain.Page;
import io.pindesk.domain.Pin;
import io.pindesk.domain.Section;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the library screens use of {@link LibraryService}; an interface so view-models are tested against an
 * in-memory fake. Every method except the getters blocks: call off the FX thread. Failures are
 * {@link LibraryException}s whose messages are meant for the user.
 */
public interface Library {

    Runnable addListener(Runnable listener);

    boolean loadCache();

    /**
     * What {@link #loadCache()} returned if it already ran (the shell reads a returning user's saved library while
     * the window is still being built), else empty. Not blocking.
     */
    default Optional<Boolean> cacheLoaded() {
        return Optional.empty();
    }

    List<Board> boards();

    List<Section> sections(String boardId);

    Optional<Instant> lastSynced();

    boolean isOffline();

    Page<Pin> pins(String boardId, String sectionId, String bookmark);

    SyncResult sync(Consumer<SyncProgress> progress, CancelSignal cancel);

    Optional<String> deniedReason(LibraryAction action, BoardPrivacy privacy);

    Board createBoard(String name, String description, BoardPrivacy privacy);

    Board updateBoard(Board board, String name, String description, BoardPrivacy privacy);

    void deleteBoard(Board board);

    Section createSection(String boardId, String name);

    Section renameSection(Section section, String name);

    void deleteSection(Section section);

    Pin editPin(Pin pin, PinEdit edit);

    void deletePin(Pin pin);

    Pin movePin(Pin pin, String boardId, String sectionId);

    Pin savePin(Pin pin, String boardId, String sectionId);

    BulkReport bulkMove(List<Pin> selection, String boardId, String sectionId, Consumer<BulkProgress> progress,
            CancelSignal cancel);

    BulkReport bulkDelete(List<Pin> selection, Consumer<BulkProgress> progress, CancelSignal cancel);
}
