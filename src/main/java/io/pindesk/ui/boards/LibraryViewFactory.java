package io.pindesk.ui.boards;

import io.pindesk.service.AccountSession;
import io.pindesk.service.CurrentAccount;
import io.pindesk.service.LibraryService;
import io.pindesk.store.AppDirs;
import io.pindesk.store.LibraryCache;
import io.pindesk.ui.common.LinkOpener;
import io.pindesk.ui.common.FxThumbnails;
import io.pindesk.ui.common.UiAsync;

/**
 * Builds the library screen's controller for whichever account is current, for the controller registry in
 * {@code AppContext}: {@code controllers.put(LibraryView.class, libraryViews::create)}. One thumbnail cache (memory
 * + disk under {@code dirs.cache()/thumbnails}) is shared by every library screen; close the factory at exit.
 * The shell loads {@code LibraryView} again after an account switch (and calls {@code viewModel().stop()} on the
 * old one), so each screen belongs to one account.
 */
public final class LibraryViewFactory implements AutoCloseable {

    private final CurrentAccount account;
    private final AppDirs dirs;
    private final UiAsync async;
    private final LinkOpener browser;
    private FxThumbnails thumbnails; // made on first use: its HTTP client and disk cache cost ~0.2 s at startup

    public LibraryViewFactory(CurrentAccount account, AppDirs dirs, UiAsync async, LinkOpener browser) {
        this.account = account;
        this.dirs = dirs;
        this.async = async;
        this.browser = browser;
    }

    private synchronized FxThumbnails thumbnails() {
        if (thumbnails == null) {
            thumbnails = new FxThumbnails(dirs.cache().resolve("thumbnails"));
        }
        return thumbnails;
    }

    /** A controller for the current account; only call while one is signed in. */
    public LibraryView create() {
        AccountSession session = account.current().orElseThrow(() ->
                new IllegalStateException("the library screen needs a signed-in account"));
        LibraryService library = new LibraryService(session, LibraryCache.forAccount(dirs, session.accountKey()));
        return new LibraryView(new LibraryViewModel(library, async), thumbnails(), browser);
    }

    @Override
    public synchronized void close() {
        if (thumbnails != null) {
            thumbnails.close();
        }
    }
}
