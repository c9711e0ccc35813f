package io.pindesk.ui.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pindesk.secrets.SessionTokenStore;
import io.pindesk.secrets.StoreProblem;
import io.pindesk.secrets.TokenStores;
import io.pindesk.service.AccountEnvironment;
import io.pindesk.service.AccountService;
import io.pindesk.service.ConsentBrowser;
import io.pindesk.service.LocalSandboxService;
import io.pindesk.service.SignInProblem;
import io.pindesk.service.SystemBrowser;
import io.pindesk.service.TestAccounts;
import io.pindesk.store.AppDirs;
import io.pindesk.ui.common.UiAsync;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sign-in screen's messages, without the FX toolkit, against the real sandbox. */
class SignInViewModelTest {

    private static final ResourceBundle EN = ResourceBundle.getBundle("i18n.messages", Locale.ROOT);

    @TempDir Path home;
    private AccountService service;

    @AfterEach
    void close() {
        if (service != null) {
            service.close();
        }
    }

    private SignInViewModel vm(AccountService s, SystemBrowser browser) {
        service = s;
        return new SignInViewModel(s, browser, UiAsync.direct(), EN);
    }

    private SignInViewModel vm(SystemBrowser browser) throws Exception {
        return vm(TestAccounts.service(home, TestAccounts.memoryKeychain()), browser);
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

    private static void awaitMessage(SignInViewModel vm) throws InterruptedException {
        await(() -> !vm.messageProperty().get().isEmpty() && vm.stepProperty().get() != SignInViewModel.Step.WAITING);
    }

    @Test
    void deniedIsCalmAndReturnsToTheChoice() throws Exception {
        SignInViewModel vm = vm(new ConsentBrowser(ConsentBrowser.Decision.DENY, Set.of(), true));
        vm.trySandbox();
        awaitMessage(vm);
        assertEquals(EN.getString("signin.error.denied"), vm.messageProperty().get());
        assertEquals(SignInViewModel.Step.CHOOSE, vm.stepProperty().get());
        assertTrue(vm.authorizeUrlProperty().get().isEmpty());
    }

    @Test
    void missingScopesAreNamed() throws Exception {
        SignInViewModel vm = vm(new ConsentBrowser(ConsentBrowser.Decision.ALLOW, Set.of("boards:read"), true));
        vm.trySandbox();
        awaitMessage(vm);
        assertTrue(vm.messageProperty().get().contains("boards:read"), vm.messageProperty().get());
        assertTrue(vm.messageIsErrorProperty().get());
    }

    @Test
    void aRejectedAppSecretSaysCheckAppIdAndSecret() throws Exception {
        SignInViewModel vm = vm(ConsentBrowser.allowing());
        LocalSandboxService.Endpoint sb = service.sandbox().ensureRunning();
        vm.showConnect();
        assertEquals(SignInViewModel.Step.CONNECT, vm.stepProperty().get());
        assertEquals(TestAccounts.REDIRECTS, List.copyOf(vm.redirectUris()), "the exact URIs to register are shown");
        vm.environmentProperty().set(AccountEnvironment.CUSTOM);
        vm.apiBaseProperty().set(sb.apiBase().toString());
        vm.appIdProperty().set(sb.clientId());
        vm.appSecretProperty().set("wrong-secret");
        vm.connect();
        awaitMessage(vm);
        assertEquals("Pinterest refused the app: check App ID and secret.", vm.messageProperty().get());
        assertEquals(SignInViewModel.Step.CONNECT, vm.stepProperty().get(), "back on the form to fix it");
    }

    @Test
    void busyPortsAreNamed() throws Exception {
        try (ServerSocket a = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            AccountService s = new AccountService(AppDirs.under(home).ensureCreated(),
                    () -> new TokenStores.Selection(new SessionTokenStore(), null, false),
                    new LocalSandboxService(home.resolve("sb"), 0, UnaryOperator.identity()),
                    new AccountService.Options(List.of("http://127.0.0.1:" + a.getLocalPort() + "/"), Duration.ofSeconds(5), Map.of()));
            SignInViewModel vm = vm(s, ConsentBrowser.allowing());
            vm.trySandbox();
            awaitMessage(vm);
            assertTrue(vm.messageProperty().get().contains("(" + a.getLocalPort() + ")"), vm.messageProperty().get());
            assertEquals(SignInViewModel.Step.CHOOSE, vm.stepProperty().get());
        }
    }

    @Test
    void withoutAKeychainTheSignInWorksAndTheFixIsShown() throws Exception {
        StoreProblem noKeychain = new StoreProblem(StoreProblem.Kind.UNAVAILABLE, "no D-Bus session");
        AccountService s = new AccountService(AppDirs.under(home).ensureCreated(),
                () -> new TokenStores.Selection(new SessionTokenStore(), noKeychain, true),
                new LocalSandboxService(home.resolve("sb"), 0, UnaryOperator.identity()),
                new AccountService.Options(TestAccounts.REDIRECTS, Duration.ofSeconds(30), Map.of()));
        SignInViewModel vm = vm(s, ConsentBrowser.allowing());
        vm.trySandbox();
        await(() -> service.current().isPresent() && !vm.storageWarningProperty().get().isEmpty());
        assertTrue(vm.storageWarningProperty().get().contains("GNOME Keyring"), vm.storageWarningProperty().get());
        assertTrue(vm.storageWarningProperty().get().contains("won't be remembered"));
        assertTrue(vm.messageProperty().get().isEmpty());
    }

    @Test
    void keychainAndAppIdProblemsHaveSpecificWords() throws Exception {
        SignInViewModel vm = vm(ConsentBrowser.allowing());
        String keychain = vm.describe(new SignInProblem(SignInProblem.Kind.KEYCHAIN_UNAVAILABLE,
                new StoreProblem(StoreProblem.Kind.UNAVAILABLE, "locked").userMessage()));
        assertTrue(keychain.contains("unlock GNOME Keyring"), keychain);
        vm.showConnect();
        vm.appIdProperty().set("");
        vm.connect();
        assertEquals(EN.getString("signin.error.appIdMissing"), vm.messageProperty().get());
        assertEquals(SignInViewModel.Step.CONNECT, vm.stepProperty().get());
    }

    @Test
    void cancelEndsTheAttemptAndFreesItsPort() throws Exception {
        SignInViewModel vm = vm(uri -> { }); // a browser that never comes back
        vm.trySandbox();
        await(() -> !vm.authorizeUrlProperty().get().isEmpty());
        assertTrue(vm.authorizeUrlProperty().get().contains("code_challenge_method=S256"));
        String redirect = vm.redirectUriProperty().get();
        vm.cancel();
        awaitMessage(vm);
        assertEquals(EN.getString("signin.cancelled"), vm.messageProperty().get());
        assertFalse(vm.messageIsErrorProperty().get());
        int port = java.net.URI.create(redirect).getPort();
        try (ServerSocket free = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, free.getLocalPort(), "the sign-in port is free again");
        }
    }
}
