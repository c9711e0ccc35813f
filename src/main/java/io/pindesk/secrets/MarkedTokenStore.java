package io.pindesk.secrets;

/**
 * Wraps a persistent store with {@link SavedSignInMarkers}: a successful save records a marker, a delete
 * removes it, and a load that finds nothing while a marker exists is reported as
 * {@link StoreProblem.Kind#ITEM_LOST} ("your saved sign-in could not be read") rather than as signed out.
 * It never writes or deletes anything on its own when it detects a loss: the user decides.
 */
public final class MarkedTokenStore implements TokenStore {

    private final TokenStore delegate;
    private final SavedSignInMarkers markers;

    public MarkedTokenStore(TokenStore delegate, SavedSignInMarkers markers) {
        this.delegate = delegate;
        this.markers = markers;
    }

    @Override
    public String description() {
        return delegate.description();
    }

    @Override
    public boolean isAvailable() {
        return delegate.isAvailable();
    }

    @Override
    public boolean persistent() {
        return delegate.persistent();
    }

    @Override
    public StoreResult<StoredTokens> load(String accountKey) {
        StoreResult<StoredTokens> result = delegate.load(accountKey);
        if (result.isNotFound() && markers.get(accountKey).isPresent()) {
            return StoreResult.failed(StoreProblem.Kind.ITEM_LOST,
                    "the keychain has no entry for " + accountKey + " although PinDesk saved one; it may be locked or was reset");
        }
        return result;
    }

    @Override
    public StoreResult<Void> save(String accountKey, StoredTokens tokens) {
        StoreResult<Void> result = delegate.save(accountKey, tokens);
        if (result.isOk()) {
            markers.put(accountKey, tokens);
        }
        return result;
    }

    @Override
    public StoreResult<Void> delete(String accountKey) {
        StoreResult<Void> result = delegate.delete(accountKey);
        if (result.isOk()) {
            markers.remove(accountKey);
        }
        return result;
    }

    @Override
    public StoreResult<String> loadAppSecret(String clientId) {
        return delegate.loadAppSecret(clientId);
    }

    @Override
    public StoreResult<Void> saveAppSecret(String clientId, String secret) {
        return delegate.saveAppSecret(clientId, secret);
    }

    @Override
    public StoreResult<Void> deleteAppSecret(String clientId) {
        return delegate.deleteAppSecret(clientId);
    }

    @Override
    public String toString() {
        return "MarkedTokenStore[" + delegate + "]";
    }

    @Override
    public void close() {
        delegate.close();
    }
}
