package io.pindesk.ui.composer;

import io.pindesk.service.AccountEnvironment;
import io.pindesk.service.AccountSession;
import io.pindesk.service.BoardDirectory;
import io.pindesk.service.DraftService;
import io.pindesk.service.PublishService;
import io.pindesk.ui.common.LinkOpener;
import io.pindesk.ui.common.StageIcons;
import io.pindesk.ui.common.Themes;
import io.pindesk.ui.common.UiAsync;
import io.pindesk.ui.common.Views;
import io.pindesk.ui.queue.QueueView;
import io.pindesk.ui.queue.QueueViewModel;
import java.time.ZoneId;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the composer (with its outbox panel) for one account's services. */
public final class ComposerWindow {

    private final Stage stage = new Stage();
    private final ComposerView view;

    public ComposerWindow(ResourceBundle bundle, UiAsync async, ComposerViewModel.ImagePreparing preparer,
            AccountSession session, DraftService drafts, PublishService outbox, BoardDirectory boards, Window owner,
            boolean dark) {
        this(bundle, async, preparer, session, drafts, outbox, boards, owner, dark, LinkOpener.none());
    }

    public ComposerWindow(ResourceBundle bundle, UiAsync async, ComposerViewModel.ImagePreparing preparer,
            AccountSession session, DraftService drafts, PublishService outbox, BoardDirectory boards, Window owner,
            boolean dark, LinkOpener browser) {
        ZoneId zone = ZoneId.systemDefault();
        ComposerTexts texts = new ComposerTexts(bundle);
        ComposerViewModel vm = new ComposerViewModel(async, texts, preparer, drafts, outbox, boards, session.grantedScopes(),
                zone);
        // Only production Pinterest has pin pages; the API sandbox, local sandbox and test servers don't.
        boolean pinPages = AccountEnvironment.PINTEREST.displayName().equals(session.environmentName());
        QueueViewModel queue = new QueueViewModel(outbox, async, texts, zone, pinPages);
        Views views = new Views(bundle, Map.<Class<?>, Supplier<?>>of(
                ComposerView.class, () -> new ComposerView(vm, zone),
                QueueView.class, () -> new QueueView(queue, browser)));
        Views.Loaded<ComposerView> loaded = views.load(ComposerView.class);
        this.view = loaded.controller();
        Scene scene = new Scene(loaded.root());
        Themes.style(scene);
        scene.getStylesheets().add(ComposerWindow.class.getResource("/io/pindesk/ui/composer/composer.css")
                .toExternalForm());
        if (dark) {
            loaded.root().getStyleClass().add("dark");
        }
        if (owner != null) {
            stage.initOwner(owner);
        }
        StageIcons.apply(stage);
        stage.setScene(scene);
        stage.setTitle("New pin — " + session.username() + " (" + session.environmentName() + ")");
        stage.setOnHidden(e -> {
            queue.dispose();
            drafts.flush();
        });
    }

    public ComposerView view() {
        return view;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }
}
