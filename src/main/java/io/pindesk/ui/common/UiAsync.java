package io.pindesk.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The one place where work hops between threads: {@code work} runs on the I/O executor, the callbacks on the
 * UI executor ({@code Platform::runLater} in the app). View-model tests use {@link #direct()}, which runs
 * everything on the calling thread, so they need no FX toolkit.
 */
public final class UiAsync {

    private final Executor io;
    private final Executor ui;

    public UiAsync(Executor io, Executor ui) {
        this.io = io;
        this.ui = ui;
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
