package io.pindesk.secrets;

import java.util.regex.Pattern;

/**
 * A {@link TokenStore} over a store of named string items. Keeps the naming and the JSON coding in
 * one place, so the keychain and the in-memory store behave identically.
 */
public abstract class ItemTokenStore implements TokenStore {

    /** ASCII only: Windows Credential Manager names are ANSI. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._@:+-]{1,200}");

    protected abstract StoreResult<String> readItem(String name);

    protected abstract StoreResult<Void> writeItem(String name, String value);

    /** NOT_FOUND when there was nothing to delete. */
    protected abstract StoreResult<Void> deleteItem(String name);

    static String tokensItem(String accountKey) {
        return "tokens:" + accountKey;
    }

    static String appSecretItem(String clientId) {
        return "app-secret:" + clientId;
    }

    private static StoreProblem checkKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            return new StoreProblem(StoreProblem.Kind.INVALID_KEY, "keychain item keys must be 1-200 ASCII letters, digits or ._@:+-");
        }
        return null;
    }

    @Override
    public StoreResult<StoredTokens> load(String accountKey) {
        StoreProblem bad = checkKey(accountKey);
        if (bad != null) {
            return StoreResult.failed(bad);
        }
        StoreResult<String> raw = readItem(tokensItem(accountKey));
        if (!raw.isOk()) {
            return raw.withoutValue();
        }
        try {
            return StoreResult.ok(StoredTokens.fromJson(raw.value()));
        } catch (IllegalArgumentException e) {
            return StoreResult.failed(StoreProblem.Kind.CORRUPT, e.getMessage());
        }
    }

    @Override
    public StoreResult<Void> save(String accountKey, StoredTokens tokens) {
        StoreProblem bad = checkKey(accountKey);
        if (bad != null) {
            return StoreResult.failed(bad);
        }
        String json = tokens.toJson();
        if (json.length() > StoredTokens.MAX_SERIALIZED_CHARS) {
            return StoreResult.failed(StoreProblem.Kind.TOO_LARGE, json.length() + " characters, limit " + StoredTokens.MAX_SERIALIZED_CHARS);
        }
        return writeItem(tokensItem(accountKey), json);
    }

    @Override
    public StoreResult<Void> delete(String accountKey) {
        StoreProblem bad = checkKey(accountKey);
        if (bad != null) {
            return StoreResult.failed(bad);
        }
        return goneIsDone(deleteItem(tokensItem(accountKey)));
    }

    @Override
    public StoreResult<String> loadAppSecret(String clientId) {
        StoreProblem bad = checkKey(clientId);
        return bad != null ? StoreResult.failed(bad) : readItem(appSecretItem(clientId));
    }

    @Override
    public StoreResult<Void> saveAppSecret(String clientId, String secret) {
        StoreProblem bad = checkKey(clientId);
        if (bad != null) {
            return StoreResult.failed(bad);
        }
        if (secret == null || secret.isBlank()) {
            return StoreResult.failed(StoreProblem.Kind.INVALID_KEY, "the App secret is empty");
        }
        return writeItem(appSecretItem(clientId), secret.strip());
    }

    @Override
    public StoreResult<Void> deleteAppSecret(String clientId) {
        StoreProblem bad = checkKey(clientId);
        return bad != null ? StoreResult.failed(bad) : goneIsDone(deleteItem(appSecretItem(clientId)));
    }

    private static StoreResult<Void> goneIsDone(StoreResult<Void> result) {
        return result.isNotFound() ? StoreResult.done() : result;
    }
}
