package io.pindesk.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.pindesk.domain.Scope;
import io.pindesk.sandbox.SandboxConfig;
import io.pindesk.sandbox.SandboxSeed;
import io.pindesk.sandbox.SandboxServer;
import io.pindesk.secrets.KeychainTokenStore;
import io.pindesk.secrets.StoredTokens;
import io.pindesk.secrets.TokenStores;
import io.pindesk.service.CancelSignal;
import io.pindesk.service.LibraryService;
import io.pindesk.service.SandboxSession;
import io.pindesk.store.AppDirs;
import io.pindesk.store.LibraryCache;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.stream.Collectors;

/**
 * Makes a PinDesk home as a returning user has it: one remembered account (current), its tokens in the system
 * keychain, and its library saved (30 boards × 500 pins, synced from a sandbox). The account's API base is a
 * closed loopback port, so the app starts, restores the sign-in from the keychain, shows the saved library and
 * then finds itself offline: no sandbox start or network wait takes part in the startup figure.
 * Run inside the keychain session the measured starts use; prints "seeded" and exits 0 when done.
 * {@code java ... io.pindesk.bench.ReturningUserHome <home>}
 */
public final class ReturningUserHome {

    static final String ACCOUNT_KEY = "bench-returning";
    /** Nothing listens on the discard port: connecting is refused at once. */
    static final String API_BASE = "http://127.0.0.1:9/v5";
    static final String CLIENT_ID = "1509632";

    public static void main(String[] args) throws Exception {
        AppDirs dirs = AppDirs.under(Path.of(args[0]));
        Files.createDirectories(dirs.config());
        String scopes = EnumSet.allOf(Scope.class).stream().map(Scope::wireName).collect(Collectors.joining(","));
        TokenStores.Selection tokens = TokenStores.choose(KeychainTokenStore.forApp(dirs.data()), dirs.config());
        if (tokens.sessionOnly()) {
            throw new IllegalStateException("no keychain to seed: " + tokens.keychainProblem().detail());
        }
        long inThirtyDays = Instant.now().plusSeconds(30L * 24 * 3600).getEpochSecond();
        var saved = tokens.store().save(ACCOUNT_KEY, new StoredTokens("pina_bench_access", "pinr_bench_refresh",
                inThirtyDays, inThirtyDays + 30L * 24 * 3600, scopes));
        if (!saved.isOk()) {
            throw new IllegalStateException("could not save the bench tokens: " + saved);
        }
        // A custom-server account needs its app's secret (for refreshes) in the keychain too, as after a sign-in.
        if (!tokens.store().saveAppSecret(CLIENT_ID, "bench-app-secret").isOk()) {
            throw new IllegalStateException("could not save the bench app secret");
        }
        JsonObject account = new JsonObject();
        account.addProperty("key", ACCOUNT_KEY);
        account.addProperty("id", "1120000000000001");
        account.addProperty("username", "returning_pinner");
        account.addProperty("environment", "custom");
        account.addProperty("apiBase", API_BASE);
        account.addProperty("clientId", CLIENT_ID);
        JsonArray scopeList = new JsonArray();
        EnumSet.allOf(Scope.class).forEach(s -> scopeList.add(s.wireName()));
        account.add("scopes", scopeList);
        JsonObject file = new JsonObject();
        file.addProperty("version", 1);
        file.addProperty("current", ACCOUNT_KEY);
        JsonArray accounts = new JsonArray();
        accounts.add(account);
        file.add("accounts", accounts);
        Files.writeString(dirs.config().resolve("accounts.json"), file.toString(), StandardCharsets.UTF_8);

        try (SandboxServer server = SandboxServer.start(SandboxConfig.builder().port(0)
                .seed(SandboxSeed.sized(30, 500)).build());
                SandboxSession session = SandboxSession.allScopes(server)) {
            LibraryService library = new LibraryService(session, LibraryCache.forAccount(dirs, ACCOUNT_KEY));
            library.sync(p -> { }, new CancelSignal());
            if (!library.awaitSaved(java.time.Duration.ofMinutes(1))) {
                throw new IllegalStateException("the seeded library was not saved");
            }
        }
        System.out.println("seeded");
        System.exit(0);
    }
}
