package io.pindesk.service;

import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A plain settable {@link CurrentAccount}: the account service (or a test, or a sandbox demo) sets the session,
 * listeners hear about it on the setting thread.
 */
public final class CurrentAccountHolder implements CurrentAccount {

    private final CopyOnWriteArrayList<Consumer<Optional<AccountSession>>> listeners = new CopyOnWriteArrayList<>();
    private volatile AccountSession session;

    @Override
    public Optional<AccountSession> current() {
        return Optional.ofNullable(session);
    }

    public void set(AccountSession newSession) {
        this.session = newSession;
        listeners.forEach(l -> l.accept(Optional.ofNullable(newSession)));
    }

    @Override
    public Runnable addListener(Consumer<Optional<AccountSession>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
