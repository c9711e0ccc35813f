package io.pindesk.service;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Which account PinDesk is working with right now, if any. The account service implements it; the library,
 * the composer and the outbox follow it (an account switch or a sign-out changes it).
 */
public interface CurrentAccount {

    Optional<AccountSession> current();

    /**
     * Called after every change, on whatever thread made it (view-models hop to the FX thread via UiAsync).
     * Returns a handle that removes the listener.
     */
    Runnable addListener(Consumer<Optional<AccountSession>> listener);
}
