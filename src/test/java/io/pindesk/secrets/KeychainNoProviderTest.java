package io.pindesk.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real java-keyring where there is NO Secret Service: the store must report "keychain unavailable"
 * with a reason, never throw, and the app must fall back to session-only storage.
 *
 * <p>It needs a D-Bus session without any service, so the test starts a child JVM inside
 * {@code dbus-run-session --config-file=src/test/resources/dbus/bare-session.conf} (nothing can be auto-started
 * there). Run directly where that environment already exists, with {@code PINDESK_EXPECT_NO_KEYCHAIN=1}. Where
 * {@code dbus-run-session} is missing the test skips, unless {@code PINDESK_REQUIRE_KEYCHAIN=1} (CI): then it fails.
 */
class KeychainNoProviderTest {

    // E30, E31
    @Test
    void withoutAProviderEverythingIsReportedAndNothingThrows(@TempDir Path config) throws Exception {
        if ("1".equals(System.getenv("PINDESK_EXPECT_NO_KEYCHAIN"))) {
            scenario(config);
            return;
        }
        Path dbusRunSession = Path.of("/usr/bin/dbus-run-session");
        if (!Files.isExecutable(dbusRunSession)) {
            String reason = "dbus-run-session is not installed (Debian package dbus-daemon)";
            if ("1".equals(System.getenv("PINDESK_REQUIRE_KEYCHAIN"))) {
                fail("PINDESK_REQUIRE_KEYCHAIN=1 but " + reason);
            }
            Assumptions.abort(reason);
        }
        Path bareSession = Path.of("src/test/resources/dbus/bare-session.conf").toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(dbusRunSession.toString(), "--config-file=" + bareSession, "--",
                java, "-cp", System.getProperty("java.class.path"), Child.class.getName(), config.toString());
        pb.environment().put("PINDESK_EXPECT_NO_KEYCHAIN", "1");
        pb.redirectErrorStream(true);
        Process child = pb.start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(2, TimeUnit.MINUTES), "the no-provider scenario did not finish");
        assertEquals(0, child.exitValue(), () -> "no-provider scenario failed:\n" + output);
        assertTrue(output.contains("no provider: "), output);
    }

    /** Runs the scenario in a process whose session bus has no Secret Service. */
    public static final class Child {
        public static void main(String[] args) {
            try {
                scenario(Path.of(args[0]));
                System.exit(0);
            } catch (Throwable t) {
                t.printStackTrace();
                System.exit(1);
            }
        }
    }

    static void scenario(Path config) {
        try (KeychainTokenStore store = new KeychainTokenStore("PinDesk-test", Duration.ofSeconds(15), KeyringAccess::openJavaKeyring)) {
            StoreProblem probe = store.probe();
            assertNotNull(probe, "a keychain answered although none should exist");
            assertEquals(StoreProblem.Kind.UNAVAILABLE, probe.kind());
            assertFalse(probe.detail().isBlank(), "the reason is kept for the banner");
            System.out.println("no provider: " + probe.userMessage());
            StoredTokens t = new StoredTokens("pina_CANARY", "pinr_CANARY", 1, null, "");
            StoreResult<Void> save = store.save("acct", t);
            assertTrue(save.isFailed());
            assertTrue(save.problem().toException().keychainUnavailable());
            assertFalse(save.problem().userMessage().contains("CANARY"));
            assertTrue(store.load("acct").isFailed());
            assertTrue(store.delete("acct").isFailed(), "an unreachable keychain cannot confirm a delete");
            assertFalse(store.isAvailable());
        }
        TokenStores.Selection sel = TokenStores.choose(
                new KeychainTokenStore("PinDesk-test", Duration.ofSeconds(15), KeyringAccess::openJavaKeyring), config);
        assertTrue(sel.sessionOnly());
        assertTrue(sel.store().save("acct", new StoredTokens("pina_a", "pinr_a", 1, null, "")).isOk(), "sign-in still works for the session");
    }
}
