package io.pindesk.ui.boards;

import io.pindesk.service.LibraryService;
import io.pindesk.ui.common.FxThumbnails;
import io.pindesk.ui.common.LinkOpener;
import io.pindesk.ui.common.UiAsync;
import io.pindesk.ui.common.Views;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The real library screen on its own stage (1240 × 780) over a given library, for the library benchmarks: starts
 * the toolkit, shows the screen (which loads the saved library and syncs), and records the gaps between FX pulses
 * while it syncs. Set the Monocle system properties before {@link #show}.
 */
final class LibraryScreenHarness {

    private final LibraryViewModel vm;
    private final FxThumbnails thumbnails;
    private final long startNanos = System.nanoTime();
    private final AtomicLong lastPulse = new AtomicLong();
    private final AtomicLong longestGap = new AtomicLong();
    private final AtomicLong gapsOver50 = new AtomicLong();
    private final StringBuffer gapLog = new StringBuffer();
    private LibraryView view;

    private LibraryScreenHarness(LibraryViewModel vm, FxThumbnails thumbnails) {
        this.vm = vm;
        this.thumbnails = thumbnails;
    }

    static LibraryScreenHarness show(LibraryService library, Path thumbnailDir) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        UiAsync async = new UiAsync(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        }), Platform::runLater);
        LibraryScreenHarness h = new LibraryScreenHarness(new LibraryViewModel(library, async),
                new FxThumbnails(thumbnailDir));
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            Map<Class<?>, Supplier<?>> controllers = Map.of(LibraryView.class,
                    () -> new LibraryView(h.vm, h.thumbnails, LinkOpener.none()));
            Views views = new Views(ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH), controllers);
            Views.Loaded<LibraryView> loaded = views.load(LibraryView.class);
            h.view = loaded.controller();
            Stage stage = new Stage();
            stage.setScene(new Scene(loaded.root(), 1240, 780));
            stage.show();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    h.pulse(now);
                }
            }.start();
            shown.complete(null);
        });
        shown.get(30, TimeUnit.SECONDS);
        return h;
    }

    private void pulse(long now) {
        long prev = lastPulse.getAndSet(now);
        if (prev != 0 && vm.syncingProperty().get()) {
            longestGap.accumulateAndGet(now - prev, Math::max);
            if (now - prev > 50_000_000L) {
                gapsOver50.incrementAndGet();
                gapLog.append(String.format(Locale.ROOT, " %.0f ms at +%.2f s;", (now - prev) / 1e6,
                        (now - startNanos) / 1e9));
            }
        }
    }

    LibraryViewModel viewModel() {
        return vm;
    }

    LibraryView view() {
        return view;
    }

    FxThumbnails thumbnails() {
        return thumbnails;
    }

    /** Blocks until the first sync has ended; returns its duration in ms since the screen was made. */
    double awaitFirstSync() throws InterruptedException {
        while (vm.lastResultProperty().get() == null) {
            Thread.sleep(20);
        }
        return (System.nanoTime() - startNanos) / 1e6;
    }

    /** The time of the latest pulse (the toolkit's nanosecond clock), for a stall watchdog. */
    AtomicLong lastPulse() {
        return lastPulse;
    }

    double longestGapMs() {
        return longestGap.get() / 1e6;
    }

    long gapsOver50() {
        return gapsOver50.get();
    }

    String gapLog() {
        return gapLog.toString();
    }
}
