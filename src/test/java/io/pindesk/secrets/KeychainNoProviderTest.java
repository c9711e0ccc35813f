package io.pindesk.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real java-keyring where there is NO Secret Service: the store must report "keychain unavailable"
 * with a reason, never throw, and the app must fall back to session-only storage. It needs a special
 * environment, so it runs only with {@code PINDESK_EXPECT_NO_KEYCHAIN=1}:
 * <pre>
 * # a session bus without any service (nothing can be auto-started):
 * dbus-run-session --config-file=src/test/resources/dbus/bare-session.conf -- \
 *   env PINDESK_EXPECT_NO_KEYCHAIN=1 mvn -B -o test -Dtest=KeychainNoProviderTest
 * # no session bus at all:
 * env -u DBUS_SESSION_BUS_ADDRESS PINDESK_EXPECT_NO_KEYCHAIN=1 mvn -B -o test -Dtest=KeychainNoProviderTest
 * </pre>
 */
class KeychainNoProviderTest {

    // E30, E31
    @Test
    void withoutAProviderEverythingIsReportedAndNothingThrows(@TempDir Path config) {
        Assumptions.assumeTrue("1".equals(System.getenv("PINDESK_EXPECT_NO_KEYCHAIN")),
                "needs an environment without Secret Service and PINDESK_EXPECT_NO_KEYCHAIN=1 (see class comment)");
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
