package io.pindesk.secrets;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the keychain holds for one signed-in account, serialized as ONE compact JSON item
 * ({@code {"v":1,"at":…,"rt":…,"exp":…,"rtExp":…,"scope":…}}) so a write is all-or-nothing and
 * the item stays under Windows Credential Manager's 1280-character limit (see {@link #MAX_SERIALIZED_CHARS}).
 *
 * <p>Expiry times are wall-clock epoch seconds because they must survive a restart; while running,
 * the token manager measures life on a monotonic clock instead.
 *
 * @param accessToken        the bearer token
 * @param refreshToken       the rotating refresh token, or null when the server never issued one
 * @param accessExpiresAt    epoch seconds at which the access token expires
 * @param refreshExpiresAt   epoch seconds at which the refresh token expires, or null when unknown
 * @param scope              granted scopes, space-separated as Pinterest returns them
 */
public record StoredTokens(
        String accessToken,
        String refreshToken,
        long accessExpiresAt,
        Long refreshExpiresAt,
        String scope) {

    /** Windows stores at most 2560 bytes of UTF-16, i.e. 1280 chars; keep a margin. */
    public static final int MAX_SERIALIZED_CHARS = 1200;

    private static final int FORMAT_VERSION = 1;
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    public StoredTokens {
        if (accessToken == null || accessToken.isBlank()) {
            throw new IllegalArgumentException("access token is missing");
        }
        if (refreshToken != null && refreshToken.isBlank()) {
            refreshToken = null; // never store an empty refresh token (it would overwrite a good one later)
        }
        scope = scope == null ? "" : scope.trim();
    }

    public Set<String> scopes() {
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(scope.split("[\\s,]+")).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }

    public String toJson() {
        return GSON.toJson(new Wire(FORMAT_VERSION, accessToken, refreshToken, accessExpiresAt, refreshExpiresAt, scope));
    }

    /**
     * Parses an item written by {@link #toJson()}.
     *
     * @throws IllegalArgumentException with a message that never contains the input
     */
    public static StoredTokens fromJson(String json) {
        Wire w;
        try {
            w = GSON.fromJson(json, Wire.class);
        } catch (JsonParseException | IllegalStateException e) {
            throw new IllegalArgumentException("the stored sign-in is not valid JSON");
        }
        if (w == null || w.v != FORMAT_VERSION) {
            throw new IllegalArgumentException("the stored sign-in has an unknown format");
        }
        if (w.at == null || w.at.isBlank()) {
            throw new IllegalArgumentException("the stored sign-in has no access token");
        }
        return new StoredTokens(w.at, w.rt, w.exp, w.rtExp, w.scope);
    }

    @Override
    public String toString() {
        return "StoredTokens[accessToken=" + Masking.mask(accessToken) + ", refreshToken=" + Masking.mask(refreshToken)
                + ", accessExpiresAt=" + accessExpiresAt + ", refreshExpiresAt=" + refreshExpiresAt + ", scope=" + scope + "]";
    }

    /** The on-disk shape; a plain class so the field names stay short and the version is explicit. */
    private static final class Wire {
        int v;
        String at;
        String rt;
        long exp;
        Long rtExp;
        String scope;

        Wire(int v, String at, String rt, long exp, Long rtExp, String scope) {
            this.v = v;
            this.at = at;
            this.rt = rt;
            this.exp = exp;
            this.rtExp = rtExp;
            this.scope = scope;
        }
    }
}
