package io.pindesk.service;

import io.pindesk.secrets.SessionTokenStore;
import io.pindesk.secrets.TokenStore;
import io.pindesk.secrets.TokenStores;
import io.pindesk.store.AppDirs;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import io.pindesk.sandbox.SandboxConfig;

/** Builds account services for tests: an in-memory "keychain" that outlives a service (a restart), a sandbox on a free port. */
public final class TestAccounts {

    /** 127.0.0.1 literals: the sandbox registers them, and no test depends on how localhost resolves. */
    public static final List<String> REDIRECTS = List.of("http://127.0.0.1:8085/", "http://127.0.0.1:8086/",
            "http://127.0.0.1:8087/");

    private TestAccounts() {}

    public static AccountService service(Path home, TokenStore keychain, Path sandboxData,
            UnaryOperator<SandboxConfig.Builder> sandbox, Map<String, String> env) throws IOException {
        return service(home, keychain, sandboxData, 0, sandbox, env);
    }

    public static AccountService service(Path home, TokenStore keychain, Path sandboxData, int sandboxPort,
            UnaryOperator<SandboxConfig.Builder> sandbox, Map<String, String> env) throws IOException {
        AppDirs dirs = AppDirs.under(home).ensureCreated();
        return new AccountService(dirs, () -> new TokenStores.Selection(keychain, null, false),
                new LocalSandboxService(sandboxData, sandboxPort, sandbox),
                new AccountService.Options(REDIRECTS, Duration.ofSeconds(30), env));
    }

    public static AccountService service(Path home, TokenStore keychain) throws IOException {
        return service(home, keychain, home.resolve("sandbox-data"), UnaryOperator.identity(), Map.of());
    }

    public static TokenStore memoryKeychain() {
        return new SessionTokenStore();
    }
}
