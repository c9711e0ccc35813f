package io.pindesk.secrets;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps sign-ins in memory for this app session only: the fallback when no system keychain works
 * (the UI shows "Sign-in won't be remembered"), and the fake store in tests. Never touches disk.
 */
public final class SessionTokenStore extends ItemTokenStore {

    private final Map<String, String> items = new ConcurrentHashMap<>();

    @Override
    public String description() {
        return "this session only";
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public boolean persistent() {
        return false;
    }

    @Override
    protected StoreResult<String> readItem(String name) {
        String v = items.get(name);
        return v == null ? StoreResult.notFound() : StoreResult.ok(v);
    }

    @Override
    protected StoreResult<Void> writeItem(String name, String value) {
        items.put(name, value);
        return StoreResult.done();
    }

    @Override
    protected StoreResult<Void> deleteItem(String name) {
        return items.remove(name) == null ? StoreResult.notFound() : StoreResult.done();
    }

    @Override
    public String toString() {
        return "SessionTokenStore[" + items.size() + " items]";
    }
}
