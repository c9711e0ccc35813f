package io.pindesk.ui.composer;

import io.pindesk.media.DropData;
import io.pindesk.service.PublishingServices;
import io.pindesk.ui.common.LinkOpener;
import io.pindesk.ui.common.UiAsync;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.Window;

/**
 * Opens the composer for the current account and makes any window a drop target ("drop anywhere"): a drop or
 * a paste on the main window opens the composer with those images; Ctrl/Cmd+N opens it empty.
 */
public final class ComposerLauncher {

    private final ResourceBundle bundle;
    private final UiAsync async;
    private final ComposerViewModel.ImagePreparing preparer;
    private final PublishingServices publishing;
    private final LinkOpener browser;
    private ComposerWindow open;
    private String openFor;

    public ComposerLauncher(ResourceBundle bundle, UiAsync async, ComposerViewModel.ImagePreparing preparer,
            PublishingServices publishing) {
        this(bundle, async, preparer, publishing, LinkOpener.none());
    }

    public ComposerLauncher(ResourceBundle bundle, UiAsync async, ComposerViewModel.ImagePreparing preparer,
            PublishingServices publishing, LinkOpener browser) {
        this.browser = browser;
        this.bundle = bundle;
        this.async = async;
        this.preparer = preparer;
        this.publishing = publishing;
    }

    /** Opens (or brings forward) the composer; {@code drop} may be null. Returns false when nobody is signed in. */
    public boolean open(Window owner, DropData drop) {
        Optional<PublishingServices.ForAccount> services = publishing.current();
        if (services.isEmpty()) {
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.INFORMATION, bundle.getString("composer.signInFirst"));
            alert.setHeaderText(null);
            if (owner != null) {
                alert.initOwner(owner);
            }
            alert.show();
            return false;
        }
        PublishingServices.ForAccount s = services.get();
        if (open == null || !open.stage().isShowing() || !s.session().accountKey().equals(openFor)) {
            boolean dark = owner != null && owner.getScene() != null
                    && owner.getScene().getRoot().getStyleClass().contains("dark");
            open = new ComposerWindow(bundle, async, preparer, s.session(), s.drafts(), s.outbox(), s.boards(), owner,
                    dark, browser);
            openFor = s.session().accountKey();
        }
        open.show();
        if (drop != null) {
            open.view().viewModel().addDrop(drop);
        }
        return true;
    }

    /**
     * Scheduled pins that were due while PinDesk was closed are held; this asks what to do with them:
     * publish them all now, review them in the outbox (reschedule or keep each), or keep them waiting.
     */
    public void askAboutOverdue(Window owner) {
        Optional<PublishingServices.ForAccount> services = publishing.current();
        if (services.isEmpty()) {
            return;
        }
        io.pindesk.service.PublishService outbox = services.get().outbox();
        java.util.List<io.pindesk.service.OutboxJob> overdue = outbox.awaitingDecision();
        if (overdue.isEmpty()) {
            return;
        }
        javafx.scene.control.ButtonType now = new javafx.scene.control.ButtonType(
                bundle.getString("composer.overdue.publishNow"), javafx.scene.control.ButtonBar.ButtonData.YES);
        javafx.scene.control.ButtonType review = new javafx.scene.control.ButtonType(
                bundle.getString("composer.overdue.review"), javafx.scene.control.ButtonBar.ButtonData.OTHER);
        javafx.scene.control.ButtonType keep = new javafx.scene.control.ButtonType(
                bundle.getString("composer.overdue.keep"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION,
                java.text.MessageFormat.format(bundle.getString("composer.overdue.text"), overdue.size()),
                now, review, keep);
        alert.setHeaderText(bundle.getString("composer.overdue.header"));
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.showAndWait().ifPresent(choice -> {
            if (choice == now) {
                overdue.forEach(j -> async.background(() -> outbox.publishNow(j.id()), e -> { }));
            } else if (choice == review) {
                open(owner, null);
            }
        });
    }

    /** Drops and pastes on {@code scene} (the main window) go to the composer. */
    public void installOn(Scene scene) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getGestureSource() == null && DragboardReader.mayHaveImages(e.getDragboard())) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            DropData data = DragboardReader.read(e.getDragboard());
            e.setDropCompleted(open(scene.getWindow(), data));
            e.consume();
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN),
                () -> {
                    if (!(scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl)) {
                        open(scene.getWindow(), DragboardReader.read(Clipboard.getSystemClipboard()));
                    }
                });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                () -> open(scene.getWindow(), null));
    }
}
