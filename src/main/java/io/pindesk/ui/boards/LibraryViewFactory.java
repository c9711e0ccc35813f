package io.pindesk.ui.boards;

import io.pindesk.service.AccountSession;
import io.pindesk.service.CurrentAccount;
import io.pindesk.service.LibraryService;
import io.pindesk.store.AppDirs;
import io.pindesk.store.LibraryCache;
import io.pindesk.ui.common.LinkOpener;
import io.pindesk.ui.common.FxThumbnails;
import io.pindesk.ui.common.UiAsync;
import java.util.List;

/**
 * Builds the library screen's controller for whichever account is current, for the controller registry in
 * {@code AppContext}: {@code controllers.put(LibraryView.class, libraryViews::create)}. One thumbnail cache (memory
 * + disk under {@code dirs.cache()/thumbnails}) is shared by every library screen; close the factory at exit.
 * The shell loads {@code LibraryView} again after an account switch (and calls {@code viewModel().stop()} on the
 * old one), so each screen belongs to one account.
 */
public final class LibraryViewFactory implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LibraryViewFactory.class);
    /** A sync's saves take well under a second; exit never waits longer than this for them. */
    private static final java.time.Duration SAVE_WAIT = java.time.Duration.ofSeconds(3);

    private final CurrentAccount account;
    private final AppDirs dirs;
    private final UiAsync async;
    private final LinkOpener browser;
    private FxThumbnails thumbnails; // made on first use: its HTTP client and disk cache cost ~0.2 s at startup
    /** The current account's library, read ahead by {@link #prepare}; taken by the next {@link #create}. */
    private LibraryService prepared;
    /** Libraries of screens made so far, whose saved copies {@link #close} lets catch up (held weakly). */
    private final java.util.Set<LibraryService> made = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

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

    /**
     * Reads the saved library of an account that just became current, and makes the thumbnail loader, off the FX
     * thread: a returning user's sign-in is restored while the window is built, and the library screen that follows
     * can then lay out its boards in its first pulse. Call from a background thread; on the FX thread it does
     * nothing (the screen then reads the library itself).
     */
    public void prepare(AccountSession session) {
        if (javafx.application.Platform.isFxApplicationThread()) {
            return;
        }
        synchronized (this) {
            if (prepared != null && prepared.session() == session) {
                return;
            }
        }
        // The thumbnail loader (its HTTP client and disk cache) beside the read: this runs on the sign-in's thread.
        async.background(this::thumbnails, e -> { }); // a failure recurs, and is reported, when the screen makes it
        LibraryService library = new LibraryService(session, LibraryCache.forAccount(dirs, session.accountKey()));
        library.loadCache();
        synchronized (this) {
            prepared = library;
        }
    }

    /** A controller for the current account; only call while one is signed in. */
    public LibraryView create() {
        AccountSession session = account.current().orElseThrow(() ->
                new IllegalStateException("the library screen needs a signed-in account"));
        LibraryService library;
        synchronized (this) {
            library = prepared != null && prepared.session() == session ? prepared
                    : new LibraryService(session, LibraryCache.forAccount(dirs, session.accountKey()));
            prepared = null; // one screen per preparation; a later screen reads afresh
            made.add(library);
        }
        return new LibraryView(new LibraryViewModel(library, async), thumbnails(), browser);
    }

    /** At exit: closes the thumbnail loader and gives a sync's saves that are still running a moment to finish. */
    @Override
    public void close() {
        List<LibraryService> libraries;
        synchronized (this) {
            if (thumbnails != null) {
                thumbnails.close();
            }
            libraries = List.copyOf(made);
        }
        for (LibraryService library : libraries) {
            try {
                if (!library.awaitSaved(SAVE_WAIT)) {
                    LOG.warn("The library was still being saved at exit; the next sync completes it");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
