package io.pindesk.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The one place where work hops between threads: {@code work} runs on the I/O executor, the callbacks on the
 * UI executor ({@code Platform::runLater} in the app). View-model tests use {@link #direct()}, which runs
 * everything on the calling thread, so they need no FX toolkit.
 */
public final class UiAsync {

    /** Tells, on the UI thread, when the UI has drawn so many frames ({@link FxFrames#afterFrames} in the app). */
    @FunctionalInterface
    public interface Frames {
        void afterFrames(int count, Runnable done);
    }

    private final Executor io;
    private final Executor ui;
    private final Frames frames; // null: no frames to wait for

    public UiAsync(Executor io, Executor ui) {
        this(io, ui, null);
    }

    /** With a frame signal, {@link #handOver} lets the UI draw what it was handed before the caller goes on. */
    public UiAsync(Executor io, Executor ui, Frames frames) {
        this.io = io;
        this.ui = ui;
        this.frames = frames;
    }

    /** Everything synchronous, on the caller's thread: for view-model tests. */
    public static UiAsync direct() {
        return new UiAsync(Runnable::run, Runnable::run);
    }

    public <T> CompletableFuture<Void> run(Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onError) {
        return CompletableFuture.supplyAsync(() -> call(work), io)
                .handleAsync((value, error) -> {
                    if (error == null) {
                        onSuccess.accept(value);
                    } else {
                        onError.accept(unwrap(error));
                    }
                    return null;
                }, ui);
    }

    /** Fire-and-forget background work whose failure is only reported. */
    public CompletableFuture<Void> background(Runnable work, Consumer<? super Throwable> onError) {
        return run(() -> {
            work.run();
            return null;
        }, ignored -> { }, onError);
    }

    /** Runs a small piece of code on the UI executor. */
    public void onUi(Runnable action) {
        ui.execute(action);
    }

    /**
     * Hands a result to the UI from a background thread that has more CPU-heavy work to do, and waits (at most
     * {@code max}) until the UI has run {@code action} and drawn {@code frameCount} frames after it. Without this, the
     * next piece of work (decoding the next 24-megapixel photo) took a core while the FX thread built the new
     * rows, and on two cores the first row's frame came 60–100 ms late; yielding costs the background work those
     * frames per hand-over. Without a frame signal it only posts {@code action}.
     */
    public void handOver(Runnable action, int frameCount, Duration max) {
        if (frames == null) {
            ui.execute(action);
            return;
        }
        CountDownLatch drawn = new CountDownLatch(1);
        ui.execute(() -> {
            try {
                action.run();
            } finally {
                frames.afterFrames(frameCount, drawn::countDown);
            }
        });
        try {
            drawn.await(max.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the caller sees the flag and stops its own work
        }
    }

    private static <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
