package io.pindesk.service;

import io.pindesk.auth.PortsBusyException;
import io.pindesk.auth.SignInException;
import io.pindesk.auth.TokenEndpointException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns what ended a sign-in (auth exceptions, token endpoint errors) into the specific message a user sees. */
final class SignInProblems {

    private static final Logger LOG = LoggerFactory.getLogger(SignInProblems.class);

    private SignInProblems() {}

    /** The user-facing problem for whatever ended a sign-in (unwrapping a CompletionException). */
    static SignInProblem from(Throwable failure) {
        Throwable t = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (t instanceof SignInProblem p) {
            return p;
        }
        if (t instanceof SignInException e) {
            return switch (e.reason()) {
                case DENIED -> new SignInProblem(SignInProblem.Kind.DENIED,
                        "Access was declined on the consent page, so nothing changed. You can try again at any time.");
                case CANCELLED -> new SignInProblem(SignInProblem.Kind.CANCELLED, "The sign-in was cancelled.");
                case TIMED_OUT -> new SignInProblem(SignInProblem.Kind.TIMED_OUT,
                        "The sign-in timed out: the browser never came back to PinDesk. Try again, or paste the address"
                                + " the browser ended on.");
                case PORTS_BUSY -> new SignInProblem(SignInProblem.Kind.PORTS_BUSY, e.getMessage(),
                        e instanceof PortsBusyException p ? p.ports() : List.of(), List.of(), null);
                case INVALID_CALLBACK -> new SignInProblem(SignInProblem.Kind.INVALID_ADDRESS, e.getMessage());
                case EXCHANGE_FAILED -> exchangeProblem(e);
                default -> new SignInProblem(SignInProblem.Kind.OTHER, e.getMessage());
            };
        }
        LOG.warn("Sign-in failed unexpectedly: {}", t.getClass().getSimpleName());
        return new SignInProblem(SignInProblem.Kind.OTHER, "PinDesk could not finish the sign-in. Please try again.");
    }

    private static SignInProblem exchangeProblem(SignInException e) {
        if (e.getCause() instanceof TokenEndpointException te) {
            switch (te.kind()) {
                case INVALID_CLIENT:
                    return new SignInProblem(SignInProblem.Kind.INVALID_CLIENT,
                            "Pinterest refused the App ID or App secret: check App ID and secret in Settings.");
                case TRANSIENT:
                case UNKNOWN_OUTCOME:
                    return new SignInProblem(SignInProblem.Kind.NETWORK, e.getMessage());
                default:
                    break;
            }
        }
        return new SignInProblem(SignInProblem.Kind.OTHER, e.getMessage());
    }
}
