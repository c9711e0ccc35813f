package io.pindesk.secrets;

/**
 * Where sign-ins live: one item per account (its {@link StoredTokens}) and one per Pinterest app
 * (its App secret). Implementations never throw and bound the time of every call, so callers can
 * treat the result as data; they must still be called off the JavaFX thread.
 *
 * <p>There is deliberately no implementation that writes tokens to a plain file.
 */
public interface TokenStore extends AutoCloseable {

    /** "system keychain" or "this session only": shown to the user where tokens are kept. */
    String description();

    /** Whether the last probe or call reached a working store. Cheap; never blocks. */
    boolean isAvailable();

    /** True when what is saved survives a restart. */
    boolean persistent();

    StoreResult<StoredTokens> load(String accountKey);

    StoreResult<Void> save(String accountKey, StoredTokens tokens);

    /** Deletes the account's item; an item that is already gone counts as success. */
    StoreResult<Void> delete(String accountKey);

    StoreResult<String> loadAppSecret(String clientId);

    StoreResult<Void> saveAppSecret(String clientId, String secret);

    StoreResult<Void> deleteAppSecret(String clientId);

    /**
     * Lets go of the store's connection (the keychain's D-Bus connection runs a non-daemon thread that would keep
     * the process alive after the window closed). Never throws; the default has nothing to release.
     */
    @Override
    default void close() {}
}
