package io.pindesk.ui;

import io.pindesk.secrets.StoreResult;
import io.pindesk.secrets.StoredTokens;
import io.pindesk.secrets.TokenStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;

/** A keychain stand-in that records every call made on the JavaFX thread (checklist E29: there must be none). */
final class ThreadCheckingStore implements TokenStore {

    private final TokenStore delegate;
    final List<String> fxThreadCalls = new CopyOnWriteArrayList<>();

    ThreadCheckingStore(TokenStore delegate) {
        this.delegate = delegate;
    }

    private void check(String call) {
        if (Platform.isFxApplicationThread()) {
            fxThreadCalls.add(call);
        }
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
        check("load");
        return delegate.load(accountKey);
    }

    @Override
    public StoreResult<Void> save(String accountKey, StoredTokens tokens) {
        check("save");
        return delegate.save(accountKey, tokens);
    }

    @Override
    public StoreResult<Void> delete(String accountKey) {
        check("delete");
        return delegate.delete(accountKey);
    }

    @Override
    public StoreResult<String> loadAppSecret(String clientId) {
        check("loadAppSecret");
        return delegate.loadAppSecret(clientId);
    }

    @Override
    public StoreResult<Void> saveAppSecret(String clientId, String secret) {
        check("saveAppSecret");
        return delegate.saveAppSecret(clientId, secret);
    }

    @Override
    public StoreResult<Void> deleteAppSecret(String clientId) {
        check("deleteAppSecret");
        return delegate.deleteAppSecret(clientId);
    }
}
