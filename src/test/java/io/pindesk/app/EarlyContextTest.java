package io.pindesk.app;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pindesk.service.TestAccounts;
import io.pindesk.store.AppDirs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher builds the AppContext beside the toolkit start; init() takes that context, and a failure while
 * building it surfaces as the original exception, as when init() built the context itself.
 */
class EarlyContextTest {

    @TempDir Path home;

    @AfterEach
    void forget() {
        PinDeskApp.useContextBuiltEarly(null);
    }

    @Test
    void initTakesTheContextTheLauncherBuilt() throws Exception {
        AppDirs dirs = AppDirs.under(home).ensureCreated();
        CompletableFuture<AppContext> early = new CompletableFuture<>();
        PinDeskApp.useContextBuiltEarly(early);
        Thread builder = new Thread(() -> early.complete(new AppContext(dirs, Runnable::run, d -> {
            try {
                return TestAccounts.service(home, TestAccounts.memoryKeychain());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        })));
        builder.start();
        try (AppContext context = PinDeskApp.standardContext()) {
            assertSame(early.join(), context, "init() waits for the launcher's context instead of building another");
        }
    }

    @Test
    void aFailureWhileBuildingItIsReportedAsItself() {
        IllegalStateException failure = new IllegalStateException("settings folder unreadable");
        PinDeskApp.useContextBuiltEarly(CompletableFuture.failedFuture(failure));
        assertSame(failure, assertThrows(IllegalStateException.class, PinDeskApp::standardContext));
    }
}
