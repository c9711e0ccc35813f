package io.pindesk.ui.boards;

import io.pindesk.bench.BenchFigure;
import io.pindesk.bench.ThreadCpu;
import io.pindesk.sandbox.SandboxProcess;
import io.pindesk.service.LibraryService;
import io.pindesk.service.SandboxSession;
import io.pindesk.store.LibraryCache;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Headless (Monocle) run of the real library screen while it syncs the library of the sync benchmark (30 boards ×
 * 500 pins at 50 ms per request): the longest gap between FX pulses from the sync's start to its end, as the user
 * would feel it (progress, then the boards appearing with their covers). The sandbox runs in a child JVM. Prints figures; asserts nothing.
 * {@code java -cp target/classes:target/test-classes:<deps> io.pindesk.ui.boards.SyncPulseBench [boards] [pins] [ms]}
 */
public final class SyncPulseBench {

    /** Syncs the sandbox serves itself before the app starts; about where its JIT settles. */
    static final int WARM_SERVER_SYNCS = 10;

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        int boards = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int pins = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        long latency = args.length > 2 ? Long.parseLong(args[2]) : 50;
        Path tmp = Files.createTempDirectory("pindesk-sync-pulse");
        // The sandbox is the server: its threads, heap and collections live in their own JVM, as Pinterest's do,
        // and it is warm, as theirs is (see SandboxProcess.start).
        int warmSyncs = Integer.getInteger("bench.sandboxWarmSyncs", WARM_SERVER_SYNCS);
        try (SandboxProcess server = SandboxProcess.start(tmp.resolve("sandbox"), boards, pins,
                Duration.ofMillis(latency), "1g", warmSyncs)) {
            // The app's own client settings: standard pacers (64 reads in flight, 100/s) and connection pool.
            SandboxSession session = SandboxSession.minted(server.apiBase(), server.token(),
                    io.pindesk.api.RetryPolicy.STANDARD, io.pindesk.api.Pacers.standard(),
                    io.pindesk.api.HttpSettings.STANDARD);
            LibraryService library = new LibraryService(session, new LibraryCache(tmp.resolve("library")));
            LibraryScreenHarness screen = LibraryScreenHarness.show(library, tmp.resolve("thumbs"));
            CompletableFuture<Thread> fx = new CompletableFuture<>();
            Platform.runLater(() -> fx.complete(Thread.currentThread()));
            AtomicLong lastPulse = screen.lastPulse();
            io.pindesk.bench.StallWatch.startIfAsked(fx.get(),
                    () -> lastPulse.get() == 0 ? 0 : System.nanoTime() - lastPulse.get());
            java.util.Map<String, Double> cpu0 = ThreadCpu.byName();
            double syncMs = screen.awaitFirstSync();
            String cpuSplit = ThreadCpu.describe(ThreadCpu.diff(cpu0, ThreadCpu.byName()));
            System.out.println("CPU by thread during the sync (live threads): " + cpuSplit);
            System.out.printf(Locale.ROOT, "sync of %d boards x %d pins in the library screen: %.0f ms; longest FX"
                    + " pulse gap during it %.1f ms; gaps over 50 ms: %d%ngaps:%s%n", boards, pins, syncMs,
                    screen.longestGapMs(), screen.gapsOver50(), screen.gapLog());
            new BenchFigure("sync-pulse", "Responsiveness: longest FX pulse gap during sync", screen.longestGapMs(),
                    "ms", null, null, null, "≤ 50 ms", screen.longestGapMs() <= 50, String.format(Locale.ROOT,
                            "%d gaps over 50 ms; the sync of %d boards × %d pins at %d ms in the library screen took"
                            + " %.0f ms; sandbox in its own JVM; CPU ms in this JVM by thread: %s; load average %.1f"
                            + " on %d cores", screen.gapsOver50(), boards, pins, latency, syncMs, cpuSplit,
                            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                            Runtime.getRuntime().availableProcessors())).print();
            session.close();
            Platform.exit();
            System.exit(0);
        }
    }
}
