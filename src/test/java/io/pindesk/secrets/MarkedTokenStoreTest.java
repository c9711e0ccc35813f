package io.pindesk.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkedTokenStoreTest {

    @TempDir
    Path config;

    // E32
    @Test
    void aMarkerWithoutItemIsReportedAsLostAndNothingIsOverwritten() throws Exception {
        SessionTokenStore keychain = new SessionTokenStore();
        SavedSignInMarkers markers = new SavedSignInMarkers(config);
        MarkedTokenStore store = new MarkedTokenStore(keychain, markers);
        assertTrue(store.load("acct").isNotFound(), "never signed in: plain not-found");
        assertTrue(store.save("acct", new StoredTokens("pina_CANARY_A", "pinr_CANARY_R", 1, null, "pins:read")).isOk());
        assertEquals(SavedSignInMarkers.fingerprint("pinr_CANARY_R"), markers.get("acct").orElseThrow().refreshFingerprint());

        keychain.delete("acct"); // a reset or locked keychain answering "not found"
        StoreResult<StoredTokens> lost = store.load("acct");
        assertTrue(lost.isFailed());
        assertEquals(StoreProblem.Kind.ITEM_LOST, lost.problem().kind());
        assertTrue(lost.problem().userMessage().startsWith("Your saved sign-in could not be read from the keychain"));
        assertTrue(markers.get("acct").isPresent(), "the marker is kept until the user acts");
        assertTrue(keychain.load("acct").isNotFound(), "nothing was written on detection");

        assertTrue(store.delete("acct").isOk(), "sign-out clears the marker");
        assertTrue(store.load("acct").isNotFound());
        assertTrue(markers.get("acct").isEmpty());
    }

    // F37 / "never a plaintext token file"
    @Test
    void theMarkerFileHoldsNoSecret() throws Exception {
        SavedSignInMarkers markers = new SavedSignInMarkers(config);
        MarkedTokenStore store = new MarkedTokenStore(new SessionTokenStore(), markers);
        store.save("acct", new StoredTokens("pina_CANARY_A", "pinr_CANARY_R", 1, null, "pins:read"));
        store.saveAppSecret("app", "CANARY_APP_SECRET");
        String content = Files.readString(markers.path());
        assertFalse(content.contains("CANARY"), content);
        try (var files = Files.walk(config)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(p).contains("CANARY"), p.toString());
            }
        }
    }

    @Test
    void aFailedSaveLeavesNoMarker() {
        SavedSignInMarkers markers = new SavedSignInMarkers(config);
        TokenStore failing = new KeychainTokenStore("PinDesk-test", java.time.Duration.ofSeconds(1), () -> {
            throw new com.github.javakeyring.BackendNotSupportedException("No available keyring backend found");
        });
        MarkedTokenStore store = new MarkedTokenStore(failing, markers);
        assertTrue(store.save("acct", new StoredTokens("pina_a", "pinr_a", 1, null, "")).isFailed());
        assertTrue(markers.get("acct").isEmpty());
    }
}
