package io.pindesk.ui.pins;

import io.pindesk.domain.Board;
import io.pindesk.domain.BoardPrivacy;
import io.pindesk.domain.Pin;
import io.pindesk.service.Library;
import io.pindesk.service.LibraryAction;
import io.pindesk.service.LibraryException;
import io.pindesk.service.PinEdit;
import io.pindesk.ui.common.UiAsync;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One pin in the detail pane: its editable text with the composer's limits checked as the user types, and
 * save, delete, move and save-to-board. Actions the account may not do carry the reason instead.
 */
public final class PinDetailViewModel {

    private final Library library;
    private final UiAsync async;
    private final ObjectProperty<Pin> pin = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty link = new SimpleStringProperty("");
    private final StringProperty altText = new SimpleStringProperty("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty done = new SimpleStringProperty("");
    private BoardPrivacy privacy = BoardPrivacy.PUBLIC;

    public PinDetailViewModel(Library library, UiAsync async) {
        this.library = library;
        this.async = async;
        title.addListener((o, a, b) -> check());
        description.addListener((o, a, b) -> check());
        link.addListener((o, a, b) -> check());
        altText.addListener((o, a, b) -> check());
    }

    public void show(Pin p, Board board) {
        privacy = board == null ? BoardPrivacy.PUBLIC : board.privacy();
        pin.set(p);
        title.set(nz(p.title()));
        description.set(nz(p.description()));
        link.set(nz(p.link()));
        altText.set(nz(p.altText()));
        error.set("");
        done.set("");
        check();
    }

    public PinEdit edit() {
        return new PinEdit(title.get(), description.get(), link.get(), altText.get());
    }

    /** Why editing is unavailable, or null. */
    public String editDenied() {
        return library.deniedReason(LibraryAction.EDIT_PIN, privacy).orElse(null);
    }

    public String deleteDenied() {
        return library.deniedReason(LibraryAction.DELETE_PIN, privacy).orElse(null);
    }

    public String moveDenied() {
        return library.deniedReason(LibraryAction.MOVE_PIN, privacy).orElse(null);
    }

    public String saveToDenied() {
        return library.deniedReason(LibraryAction.SAVE_PIN, BoardPrivacy.PUBLIC).orElse(null);
    }

    public boolean canSave() {
        return dirty.get() && problems.isEmpty() && !busy.get() && editDenied() == null;
    }

    public void save() {
        if (!canSave()) {
            return;
        }
        Pin p = pin.get();
        PinEdit e = edit();
        act(() -> library.editPin(p, e), updated -> {
            show(updated, null);
            done.set("pin.done.saved");
        });
    }

    public void delete() {
        Pin p = pin.get();
        act(() -> {
            library.deletePin(p);
            return p;
        }, gone -> done.set("pin.done.deleted"));
    }

    public void move(String boardId, String sectionId) {
        Pin p = pin.get();
        act(() -> library.movePin(p, boardId, sectionId), moved -> {
            pin.set(moved);
            done.set("pin.done.moved");
        });
    }

    public void saveTo(String boardId, String sectionId) {
        Pin p = pin.get();
        act(() -> library.savePin(p, boardId, sectionId), saved -> done.set("pin.done.savedTo"));
    }

    private <T> void act(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onDone) {
        busy.set(true);
        error.set("");
        done.set("");
        async.run(work, v -> {
            busy.set(false);
            onDone.accept(v);
        }, e -> {
            busy.set(false);
            error.set(e instanceof LibraryException le ? le.getMessage() : "Something went wrong: "
                    + e.getClass().getSimpleName());
        });
    }

    private void check() {
        Pin p = pin.get();
        PinEdit e = edit();
        List<String> found = e.problems();
        problems.setAll(found);
        dirty.set(p != null && !(Objects.equals(e.title(), nz(p.title()).strip())
                && Objects.equals(e.description(), nz(p.description()).strip())
                && Objects.equals(e.link(), nz(p.link()).strip())
                && Objects.equals(e.altText(), nz(p.altText()).strip())));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public ObjectProperty<Pin> pinProperty() {
        return pin;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty linkProperty() {
        return link;
    }

    public StringProperty altTextProperty() {
        return altText;
    }

    /** Problems with the current text, as sentences; empty when it can be saved. */
    public ObservableList<String> problems() {
        return problems;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** The i18n key of the action that just finished (pin.done.*); the view closes or confirms. */
    public StringProperty doneProperty() {
        return done;
    }
}
