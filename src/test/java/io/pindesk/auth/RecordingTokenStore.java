package io.pindesk.auth;

import io.pindesk.secrets.SessionTokenStore;
import io.pindesk.secrets.StoreProblem;
import io.pindesk.secrets.StoreResult;
import io.pindesk.secrets.StoredTokens;
import io.pindesk.secrets.TokenStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-memory store that can be slowed down or made to fail, and logs events in order. */
class RecordingTokenStore implements TokenStore {

    final SessionTokenStore inner = new SessionTokenStore();
    final List<String> events;
    final AtomicInteger saves = new AtomicInteger();
    volatile long saveDelayMillis;
    volatile boolean failSaves;
    /** Runs inside save, during the delay (to observe what others see meanwhile). */
    volatile Runnable duringSave = () -> { };

    RecordingTokenStore(List<String> events) {
        this.events = events;
    }

    RecordingTokenStore() {
        this(new CopyOnWriteArrayList<>());
    }

    @Override
    public String description() {
        return "test store";
    }

    @Override
    public boolean isAvailable() {
        return !failSaves;
    }

    @Override
    public boolean persistent() {
        return true;
    }

    @Override
    public StoreResult<StoredTokens> load(String accountKey) {
        return inner.load(accountKey);
    }

    @Override
    public StoreResult<Void> save(String accountKey, StoredTokens tokens) {
        saves.incrementAndGet();
        events.add("save-start " + tokens.accessToken());
        duringSave.run();
        if (saveDelayMillis > 0) {
            try {
                Thread.sleep(saveDelayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failSaves) {
            events.add("save-failed " + tokens.accessToken());
            return StoreResult.failed(StoreProblem.Kind.UNAVAILABLE, "test: keychain locked");
        }
        StoreResult<Void> r = inner.save(accountKey, tokens);
        events.add("saved " + tokens.accessToken());
        return r;
    }

    @Override
    public StoreResult<Void> delete(String accountKey) {
        events.add("delete");
        return inner.delete(accountKey);
    }

    @Override
    public StoreResult<String> loadAppSecret(String clientId) {
        return inner.loadAppSecret(clientId);
    }

    @Override
    public StoreResult<Void> saveAppSecret(String clientId, String secret) {
        return inner.saveAppSecret(clientId, secret);
    }

    @Override
    public StoreResult<Void> deleteAppSecret(String clientId) {
        return inner.deleteAppSecret(clientId);
    }
}
