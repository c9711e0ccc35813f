package io.pindesk.ui.boards;

import io.pindesk.bench.LiveHeap;
import io.pindesk.media.ThumbnailCache;
import io.pindesk.sandbox.SandboxProcess;
import io.pindesk.service.LibraryService;
import io.pindesk.service.SandboxSession;
import io.pindesk.store.LibraryCache;
import io.pindesk.ui.common.FxThumbnails;
import io.pindesk.ui.pins.MasonryView;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Headless (Monocle) run of the real library screen over a sandbox board of 5,000 pins with real thumbnails:
 * the longest gap between FX pulses while the first sync runs (printed only; the figure is SyncPulseBench's), then
 * heap after GC while scrolling the board top to bottom, the number of cell nodes and the thumbnail caches against their bounds. Prints figures; asserts
 * nothing. The sandbox runs in a child JVM: it is the server, and its pin store, drawn renditions and request
 * threads are not PinDesk's memory (in-process they added 30–60 MB and garbage that blurred the figure).
 * Heap after GC is what a full collection that really ran left ({@link LiveHeap}).
 * {@code java -cp target/classes:target/test-classes:<deps> io.pindesk.ui.boards.LibraryScrollBench [pins] [latency ms, default 50]}
 */
public final class LibraryScrollBench {

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("testfx.headless", "true");
        int pins = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        long latency = args.length > 1 ? Long.parseLong(args[1]) : 50;
        Path tmp = Files.createTempDirectory("pindesk-scroll");
        try (SandboxProcess server = SandboxProcess.start(tmp.resolve("sandbox"), pins,
                java.time.Duration.ofMillis(latency), "1g")) {
            SandboxSession session = SandboxSession.allScopes(server.apiBase(), server.token());
            LibraryService library = new LibraryService(session, new LibraryCache(tmp.resolve("library")));
            LibraryScreenHarness screen = LibraryScreenHarness.show(library, tmp.resolve("thumbs"));
            LibraryViewModel vm = screen.viewModel();
            LibraryView view = screen.view();
            FxThumbnails thumbnails = screen.thumbnails();
            CompletableFuture<Long> fxThread = new CompletableFuture<>();
            Platform.runLater(() -> fxThread.complete(Thread.currentThread().getId()));
            var threads = ManagementFactory.getThreadMXBean();
            long fxCpuStart = threads.getThreadCpuTime(fxThread.get());
            double syncMs = screen.awaitFirstSync();
            long fxCpu = threads.getThreadCpuTime(fxThread.get()) - fxCpuStart;
            System.out.printf(Locale.ROOT, "first sync of %d pins: %.0f ms; longest FX pulse gap during it: %.1f ms;"
                    + " gaps over 50 ms: %d%n", vm.lastResultProperty().get().pins(), syncMs, screen.longestGapMs(),
                    screen.gapsOver50());
            System.out.println("gaps:" + screen.gapLog());
            // Informational only: the responsiveness figure is SyncPulseBench's, over the sync benchmark's library.
            System.out.printf(Locale.ROOT, "FX thread CPU time during the sync (after the window showed): %.0f ms;"
                    + " machine load average %.1f on %d cores%n", fxCpu / 1e6,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            Platform.runLater(() -> vm.open(vm.boards().stream().max((a, b) -> Integer.compare(
                    a.pinCount(), b.pinCount())).orElseThrow()));
            Thread.sleep(500);
            MasonryView grid = view.pinGrid();
            System.out.printf(Locale.ROOT, "heap after GC before scrolling: %.1f MB%n",
                    LiveHeap.afterFullGc() / 1048576.0);
            long maxHeap = 0;
            long peakUsed = 0;
            long maxThumbBytes = 0;
            int steps = 0;
            long t0 = System.nanoTime();
            while (true) {
                CompletableFuture<Boolean> more = new CompletableFuture<>();
                Platform.runLater(() -> {
                    double before = grid.scrollPosition();
                    grid.scrollTo(before + 600);
                    grid.layout();
                    more.complete(grid.scrollPosition() > before
                            || vm.boardView().pins().size() < vm.boardView().boardProperty().get().pinCount());
                });
                if (!more.get(10, TimeUnit.SECONDS) && steps > 0) {
                    break;
                }
                Thread.sleep(25); // let thumbnails of the visible cells arrive, as while reading
                peakUsed = Math.max(peakUsed, LiveHeap.used());
                maxThumbBytes = Math.max(maxThumbBytes, thumbnails.memoryBytesUsed());
                if (++steps % 40 == 0) {
                    maxHeap = Math.max(maxHeap, LiveHeap.afterFullGc());
                }
            }
            maxHeap = Math.max(maxHeap, LiveHeap.afterFullGc());
            ThumbnailCache.Options bounds = thumbnails.bounds();
            boolean withinBounds = maxThumbBytes <= bounds.memoryBytes()
                    && thumbnails.diskBytesUsed() <= bounds.diskBytes();
            String caches = String.format(Locale.ROOT, "thumbnail memory cache %.1f MB (max %.1f) of %.0f MB bound, "
                    + "%d images; disk cache %.1f MB of %.0f MB bound", thumbnails.memoryBytesUsed() / 1048576.0,
                    maxThumbBytes / 1048576.0, bounds.memoryBytes() / 1048576.0, thumbnails.memoryEntries(),
                    thumbnails.diskBytesUsed() / 1048576.0, bounds.diskBytes() / 1048576.0);
            System.out.printf(Locale.ROOT, "scrolled %d pins in %d steps (%.1f s): max heap after GC %.1f MB, "
                    + "peak heap used %.1f MB, cell nodes %d; %s%n", vm.boardView().pins().size(), steps,
                    (System.nanoTime() - t0) / 1e9, maxHeap / 1048576.0, peakUsed / 1048576.0, grid.cellCount(),
                    caches);
            new io.pindesk.bench.BenchFigure("browse-heap", "Browse memory: 5,000-pin board, heap after GC",
                    maxHeap / 1048576.0, "MB", null, null, null, "≤ 256 MB, caches in bounds",
                    maxHeap / 1048576.0 <= 256 && withinBounds,
                    String.format(Locale.ROOT, "%d cell nodes; %s; peak heap used %.0f MB; sandbox in its own JVM",
                            grid.cellCount(), caches, peakUsed / 1048576.0)).print();
            session.close();
            server.close();
            Platform.exit();
            System.exit(0);
        }
    }
}
