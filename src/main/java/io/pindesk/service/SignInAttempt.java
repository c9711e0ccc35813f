package io.pindesk.service;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * A running sign-in: the consent page address to show (with Copy), where the browser will be sent back, the
 * "paste the address you were sent to" fallback, Cancel, and the outcome.
 */
public interface SignInAttempt {

    /** The full consent page address (contains the one-time state; show it, never log it). */
    URI authorizationUri();

    /** The redirect URI in use, e.g. {@code http://localhost:8085/}. */
    String redirectUri();

    /** Completes with the signed-in account, or exceptionally with a {@link SignInProblem}. */
    CompletableFuture<AccountSession> result();

    /** False when no browser could be started (show the address prominently). */
    CompletableFuture<Boolean> browserOpened();

    /**
     * Finishes the sign-in with the address the browser ended on.
     *
     * @throws SignInProblem (INVALID_ADDRESS) when it is not this sign-in's callback; the attempt goes on
     */
    void submitPastedAddress(String address) throws SignInProblem;

    /** Ends the attempt; its port is free when this returns. */
    void cancel();
}
