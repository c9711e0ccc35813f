package io.pindesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pindesk.api.ApiException;
import io.pindesk.sandbox.SandboxServer;
import io.pindesk.sandbox.SandboxTestApi;
import io.pindesk.secrets.TokenStore;
import io.pindesk.service.AccountService;
import io.pindesk.service.AccountUnavailableException;
import io.pindesk.service.ConsentBrowser;
import io.pindesk.service.PreferencesService;
import io.pindesk.service.TestAccounts;
import io.pindesk.store.Json;
import io.pindesk.store.SettingsStore;
import io.pindesk.ui.common.UiAsync;
import io.pindesk.ui.signin.SignInViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell follows the current account (no toolkit): signed-in content after sign-in, and when the sandbox
 * revokes the sign-in, a "sign in again" prompt that keeps the account's local data (drafts, queue) untouched
 * until the user has signed in again.
 */
class AccountShellTest {

    @TempDir Path home;
    private AccountService accounts;

    @AfterEach
    void close() {
        if (accounts != null) {
            accounts.close();
        }
    }

    private static void await(BooleanSupplier c) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!c.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached");
            }
            Thread.sleep(10);
        }
    }

    @Test
    void aRevokedSignInAsksToSignInAgainAndKeepsLocalWork() throws Exception {
        TokenStore keychain = TestAccounts.memoryKeychain();
        accounts = TestAccounts.service(home, keychain);
        ResourceBundle en = ResourceBundle.getBundle("i18n.messages", Locale.ROOT);
        SignInViewModel signIn = new SignInViewModel(accounts, ConsentBrowser.allowing(), UiAsync.direct(), en);
        MainViewModel vm = new MainViewModel(new PreferencesService(new SettingsStore(home.resolve("config"), Json.files())),
                UiAsync.direct(), false, accounts, signIn);
        vm.start();
        await(() -> !vm.restoringProperty().get());
        assertTrue(vm.showSignInProperty().get(), "nobody signed in: the sign-in screen");
        assertFalse(vm.signedInProperty().get());

        signIn.trySandbox();
        await(() -> vm.signedInProperty().get());
        assertFalse(vm.showSignInProperty().get(), "the signed-in content replaces the sign-in screen");
        assertEquals("sandbox_pinner", vm.usernameProperty().get());
        assertEquals("Local sandbox", vm.environmentNameProperty().get());
        await(() -> !vm.avatarUrlProperty().get().isEmpty());

        String key = accounts.current().orElseThrow().accountKey();
        Path drafts = home.resolve("data").resolve("accounts").resolve(key).resolve("drafts.json");
        Files.createDirectories(drafts.getParent());
        Files.writeString(drafts, "[{\"title\":\"my draft\"}]");

        SandboxTestApi testApi = accounts.sandbox().server().map(SandboxServer::testApi).orElseThrow();
        testApi.revokeAllTokens();
        ApiException e = assertThrows(ApiException.class, () -> accounts.current().orElseThrow().client().userAccount());
        await(() -> vm.needsSignInProperty().get());
        assertTrue(vm.needsSignInMessageProperty().get().contains("sign in again"), vm.needsSignInMessageProperty().get());
        assertTrue(vm.signedInProperty().get(), "the account stays current, with its local data");
        assertFalse(vm.showSignInProperty().get());
        assertEquals("[{\"title\":\"my draft\"}]", Files.readString(drafts, StandardCharsets.UTF_8));
        assertThrows(AccountUnavailableException.class, () -> accounts.current().orElseThrow().client().boards().page(null),
                "no request is sent with a dead sign-in");

        vm.signInAgain();
        await(() -> !vm.needsSignInProperty().get() && !vm.showSignInProperty().get());
        assertEquals(key, accounts.current().orElseThrow().accountKey(), "the same account");
        assertFalse(accounts.current().orElseThrow().client().boards().page(null).items().isEmpty());
        assertEquals("[{\"title\":\"my draft\"}]", Files.readString(drafts, StandardCharsets.UTF_8), "drafts kept");
        assertTrue(e.getMessage() != null);

        vm.signOut();
        await(() -> !vm.signedInProperty().get());
        assertTrue(vm.showSignInProperty().get());
        assertTrue(keychain.load(key).isNotFound());
        assertTrue(Files.exists(drafts), "sign-out keeps local drafts too");
    }

    @Test
    void aReturningUserIsNotGreetedWithTheSignInScreenWhileTheRestoreRuns() throws Exception {
        TokenStore keychain = TestAccounts.memoryKeychain();
        accounts = TestAccounts.service(home, keychain);
        ResourceBundle en = ResourceBundle.getBundle("i18n.messages", Locale.ROOT);
        SignInViewModel signIn = new SignInViewModel(accounts, ConsentBrowser.allowing(), UiAsync.direct(), en);
        signIn.trySandbox();
        await(() -> accounts.current().isPresent());
        accounts.close();

        // the next start: accounts.json remembers the account, the keychain still has its sign-in
        accounts = TestAccounts.service(home, keychain);
        MainViewModel vm = new MainViewModel(new PreferencesService(new SettingsStore(home.resolve("config"), Json.files())),
                UiAsync.direct(), false, accounts, new SignInViewModel(accounts, ConsentBrowser.allowing(), UiAsync.direct(), en));
        assertFalse(vm.showSignInProperty().get(), "before the restore: no welcome screen for a known account");
        vm.start();
        await(() -> !vm.restoringProperty().get());
        assertTrue(vm.signedInProperty().get());
        assertFalse(vm.showSignInProperty().get());

        // a remembered account whose sign-in is gone ends on the sign-in screen
        String key = accounts.current().orElseThrow().accountKey();
        accounts.close();
        keychain.delete(key);
        accounts = TestAccounts.service(home, keychain);
        MainViewModel gone = new MainViewModel(new PreferencesService(new SettingsStore(home.resolve("config"), Json.files())),
                UiAsync.direct(), false, accounts, new SignInViewModel(accounts, ConsentBrowser.allowing(), UiAsync.direct(), en));
        gone.start();
        await(() -> !gone.restoringProperty().get());
        assertFalse(gone.signedInProperty().get());
        assertTrue(gone.showSignInProperty().get(), "the sign-in screen once the restore found no sign-in");

        // a restore that fails outright (here: the token store cannot even be chosen) also ends on the sign-in screen
        accounts.close();
        accounts = new AccountService(io.pindesk.store.AppDirs.under(home).ensureCreated(), () -> {
            throw new IllegalStateException("no token store");
        }, new io.pindesk.service.LocalSandboxService(home.resolve("sandbox-data"), 0, java.util.function.UnaryOperator.identity()),
                new AccountService.Options(TestAccounts.REDIRECTS, java.time.Duration.ofSeconds(30), java.util.Map.of()));
        AccountService failing = accounts;
        MainViewModel broken = new MainViewModel(new PreferencesService(new SettingsStore(home.resolve("config"), Json.files())),
                UiAsync.direct(), false, failing, new SignInViewModel(failing, ConsentBrowser.allowing(), UiAsync.direct(), en));
        assertFalse(broken.showSignInProperty().get());
        broken.start();
        await(() -> !broken.restoringProperty().get());
        assertTrue(broken.showSignInProperty().get(), "the sign-in screen after a failed restore");
    }
}
