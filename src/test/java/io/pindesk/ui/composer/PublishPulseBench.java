package io.pindesk.ui.composer;

import io.pindesk.api.NewBoard;
import io.pindesk.media.DropData;
import io.pindesk.media.ImageLimits;
import io.pindesk.media.ImagePipeline;
import io.pindesk.sandbox.SandboxConfig;
import io.pindesk.sandbox.SandboxSeed;
import io.pindesk.sandbox.SandboxServer;
import io.pindesk.sandbox.SandboxTestApi;
import io.pindesk.service.ApiBoardDirectory;
import io.pindesk.service.DraftService;
import io.pindesk.service.JobState;
import io.pindesk.service.PublishService;
import io.pindesk.service.SandboxSession;
import io.pindesk.ui.common.Themes;
import io.pindesk.ui.common.UiAsync;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;

/**
 * Benchmark hook: the longest gap between FX pulses while 20 dropped 3000×4500 photos are prepared and then
 * published through the outbox to a sandbox (30 ms latency per request). Prints figures; asserts nothing.
 * Run: {@code java -cp target/classes:target/test-classes:<deps> io.pindesk.ui.composer.PublishPulseBench}
 * under Xvfb, or headless with the Monocle flags from the pom.
 */
public final class PublishPulseBench {

    private static final int IMAGES = 20;

    private PublishPulseBench() {}

    public static void main(String[] args) throws Exception {
        Path tmp = Files.createTempDirectory("pindesk-pulse");
        List<Path> photos = io.pindesk.bench.BenchPhotos.inChildJvm(tmp, IMAGES, 3000, 4500);
        try (SandboxServer server = SandboxServer.start(SandboxConfig.builder().seed(SandboxSeed.empty()).build())) {
            server.testApi().setLatency(Duration.ofMillis(30));
            SandboxSession session = new SandboxSession(server.apiBase(),
                    server.testApi().mintAccessToken(SandboxTestApi.ALL_PINDESK_SCOPES), SandboxSession.allScopes(),
                    Duration.ofSeconds(30));
            session.client().createBoard(new NewBoard("Bench", null, null));
            ImagePipeline pipeline = ImagePipeline.create(ImageLimits.DEFAULT, "PinDesk-bench", tmp);
            DraftService drafts = new DraftService(tmp.resolve("drafts"), Clock.systemUTC(), Duration.ofMillis(400));
            PublishService outbox = new PublishService(tmp.resolve("outbox"), session, Clock.systemUTC(),
                    PublishService.Options.STANDARD);
            outbox.start();
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(started::countDown);
            started.await();
            UiAsync async = new UiAsync(Executors.newFixedThreadPool(2), Platform::runLater,
                io.pindesk.ui.common.FxFrames::afterFrames);
            PulseGapTracker tracker = new PulseGapTracker();
            ComposerWindow[] window = new ComposerWindow[1];
            Platform.runLater(() -> {
                Themes.apply(false);
                window[0] = new ComposerWindow(ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH), async,
                        pipeline::prepare, session, drafts, outbox, new ApiBoardDirectory(() -> session), null, false);
                window[0].show();
                tracker.start();
            });
            waitUntil(() -> window[0] != null && !window[0].view().viewModel().filteredBoards().isEmpty());
            ComposerViewModel vm = window[0].view().viewModel();

            Thread.sleep(500);
            Platform.runLater(tracker::reset);
            Thread fx = onFx(Thread::currentThread); // "JavaFX Application Thread", or Monocle's "Event Thread"
            // FX thread CPU per phase: the work PinDesk puts on the FX thread, which unlike the gaps does not grow
            // when other processes compete for the cores.
            var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long renderer = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId).findFirst()
                    .orElse(-1);
            io.pindesk.bench.StallWatch.startIfAsked(fx, tracker::sinceLastPulse);
            long[] firstImage = new long[1]; // when the first prepared image reached the list
            Platform.runLater(() -> vm.images().addListener((javafx.collections.ListChangeListener<ComposerImage>) c -> {
                if (firstImage[0] == 0 && !vm.images().isEmpty()) {
                    firstImage[0] = System.nanoTime();
                }
            }));
            long t0 = System.nanoTime();
            long cpu0 = cpu.getThreadCpuTime(fx.getId());
            long render0 = cpu.getThreadCpuTime(renderer);
            Platform.runLater(() -> vm.addDrop(DropData.builder().files(photos).build()));
            waitUntil(() -> vm.images().size() == IMAGES);
            long prepared = System.nanoTime();
            long cpu1 = cpu.getThreadCpuTime(fx.getId());
            String preparing = onFx(tracker::summary);
            double preparingGap = onFx(tracker::longestMillis);

            Platform.runLater(() -> {
                tracker.reset();
                vm.boardProperty().set(vm.filteredBoards().get(0));
                vm.titleProperty().set("Bench pin");
                vm.publish();
            });
            waitUntil(() -> outbox.jobs().size() == IMAGES);
            long enqueued = System.nanoTime();
            Thread.sleep(300); // the click's own work (composer reset, queue list built) is measured above
            long cpu2 = cpu.getThreadCpuTime(fx.getId());
            String clicking = onFx(tracker::summary);
            double clickingGap = onFx(tracker::longestMillis);
            Platform.runLater(tracker::reset);
            waitUntil(() -> outbox.jobs().size() == IMAGES
                    && outbox.jobs().stream().allMatch(j -> j.state() == JobState.PUBLISHED));
            long published = System.nanoTime();
            long cpu3 = cpu.getThreadCpuTime(fx.getId());
            long render3 = cpu.getThreadCpuTime(renderer);
            String publishing = onFx(tracker::summary);
            double publishingGap = onFx(tracker::longestMillis);
            System.out.printf(Locale.ROOT, "PublishPulseBench: %d images of 3000x4500%n", IMAGES);
            System.out.printf(Locale.ROOT, "  preparing (drop -> %d prepared): %.1f s, FX CPU %.0f ms; %s%n", IMAGES,
                    (prepared - t0) / 1e9, (cpu1 - cpu0) / 1e6, preparing);
            // the JVM's uptime too, to line the moment up with -Xlog:gc:stdout:uptime
            long uptimeAtT0 = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime()
                    - (System.nanoTime() - t0) / 1_000_000;
            System.out.printf(Locale.ROOT, "  first image in the list at %.0f ms (JVM uptime %.3f s)%n",
                    (firstImage[0] - t0) / 1e6, (uptimeAtT0 + (firstImage[0] - t0) / 1e6) / 1000);
            System.out.printf(Locale.ROOT, "  Publish click (enqueue %d jobs, reset composer) + 300 ms: %.2f s, "
                    + "FX CPU %.0f ms; %s%n", IMAGES, (enqueued - prepared) / 1e9, (cpu2 - cpu1) / 1e6, clicking);
            System.out.printf(Locale.ROOT, "  sending (%d pins to the sandbox, queue updating): %.1f s, FX CPU %.0f ms; "
                    + "%s%n", IMAGES, (published - enqueued) / 1e9, (cpu3 - cpu2) / 1e6, publishing);
            System.out.printf(Locale.ROOT, "  FX thread CPU %.0f ms, renderer thread CPU %.0f ms in all%n",
                    (cpu3 - cpu0) / 1e6, (render3 - render0) / 1e6);
            double worst = Math.max(preparingGap, Math.max(clickingGap, publishingGap));
            new io.pindesk.bench.BenchFigure("publish-pulse", "Responsiveness: longest FX pulse gap, publishing 20",
                    worst, "ms", null, null, null, "≤ 50 ms", worst <= 50, String.format(Locale.ROOT,
                            "preparing %.0f ms, Publish click %.0f ms, sending %.0f ms", preparingGap, clickingGap,
                            publishingGap)).print();
            outbox.close();
            drafts.close();
            pipeline.close();
            session.client().close();
            Platform.exit();
        }
        System.exit(0);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(c);
        Platform.runLater(task);
        return task.get();
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("benchmark timed out");
            }
            Thread.sleep(20);
        }
    }
}
