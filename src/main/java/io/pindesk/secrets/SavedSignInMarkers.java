package io.pindesk.secrets;

import com.google.gson.reflect.TypeToken;
import io.pindesk.store.Json;
import io.pindesk.store.JsonFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A NON-secret file ({@code keychain-items.json} in the config directory) listing which accounts should
 * have a keychain item, each with a short fingerprint of the stored refresh token.
 *
 * <p>Why: a locked or reset keychain answers "not found", which looks exactly like "signed out". With the
 * marker, PinDesk tells the user their saved sign-in could not be read instead of silently forgetting it.
 * The fingerprint (16 hex chars of SHA-256) lets a user compare with what they expect without revealing the token.
 */
public final class SavedSignInMarkers {

    private static final Logger LOG = LoggerFactory.getLogger(SavedSignInMarkers.class);
    public static final String FILE_NAME = "keychain-items.json";

    /** One account's marker; the fingerprint is null when no refresh token was stored. */
    public record Marker(String refreshFingerprint, long savedAtEpochSecond) {}

    private final JsonFile<Map<String, Marker>> file;

    public SavedSignInMarkers(Path configDir) {
        this.file = new JsonFile<>(configDir.resolve(FILE_NAME), new TypeToken<LinkedHashMap<String, Marker>>() {}.getType(), Json.files());
    }

    public Path path() {
        return file.path();
    }

    public synchronized Optional<Marker> get(String accountKey) {
        return Optional.ofNullable(readAll().get(accountKey));
    }

    public synchronized void put(String accountKey, StoredTokens tokens) {
        Map<String, Marker> all = readAll();
        all.put(accountKey, new Marker(fingerprint(tokens.refreshToken()), java.time.Instant.now().getEpochSecond()));
        writeAll(all);
    }

    public synchronized void remove(String accountKey) {
        Map<String, Marker> all = readAll();
        if (all.remove(accountKey) != null) {
            writeAll(all);
        }
    }

    /** 16 hex characters of SHA-256: enough to tell tokens apart, useless for recovering one. */
    public static String fingerprint(String secret) {
        if (secret == null) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private Map<String, Marker> readAll() {
        try {
            return new LinkedHashMap<>(file.read().orElseGet(LinkedHashMap::new));
        } catch (IOException e) {
            LOG.warn("Could not read {}: {}", file.path(), e.toString());
            return new LinkedHashMap<>();
        }
    }

    private void writeAll(Map<String, Marker> all) {
        try {
            file.write(all);
        } catch (IOException e) {
            // The marker only improves a message; failing to write it must not fail a sign-in.
            LOG.warn("Could not write {}: {}", file.path(), e.toString());
        }
    }
}
