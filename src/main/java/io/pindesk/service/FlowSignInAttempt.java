package io.pindesk.service;

import io.pindesk.auth.AuthorizationFlow;
import io.pindesk.auth.SignInException;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

/** The service-level view of one running authorization attempt: auth exceptions become {@link SignInProblem}s. */
final class FlowSignInAttempt implements SignInAttempt {
    private final AuthorizationFlow.Attempt attempt;
    private final CompletableFuture<AccountSession> result;

    FlowSignInAttempt(AuthorizationFlow.Attempt attempt, CompletableFuture<AccountSession> result) {
        this.attempt = attempt;
        this.result = result;
    }

    @Override
    public URI authorizationUri() {
        return attempt.authorizationUri();
    }

    @Override
    public String redirectUri() {
        return attempt.redirectUri().text();
    }

    @Override
    public CompletableFuture<AccountSession> result() {
        return result;
    }

    @Override
    public CompletableFuture<Boolean> browserOpened() {
        return attempt.browserOpened();
    }

    @Override
    public void submitPastedAddress(String address) throws SignInProblem {
        try {
            attempt.submitPastedAddress(address);
        } catch (SignInException e) {
            throw SignInProblems.from(e);
        }
    }

    @Override
    public void cancel() {
        attempt.cancel();
    }

    @Override
    public String toString() {
        return "SignInAttempt[" + attempt.redirectUri() + "]";
    }
}
