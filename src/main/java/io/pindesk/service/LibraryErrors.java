package io.pindesk.service;

import io.pindesk.api.ApiCancelledException;
import io.pindesk.api.ApiException;
import io.pindesk.api.AuthenticationException;
import io.pindesk.api.ForbiddenException;
import io.pindesk.api.InvalidRequestException;
import io.pindesk.api.MissingScopeException;
import io.pindesk.api.NetworkException;
import io.pindesk.api.NotFoundException;
import io.pindesk.api.RateLimitedException;
import io.pindesk.api.SpamBlockedException;
import io.pindesk.api.UnknownOutcomeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Turns the API client's typed failures into {@link LibraryException}s whose messages a user can act on. */
final class LibraryErrors {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private LibraryErrors() {}

    static LibraryException map(RuntimeException e) {
        if (e instanceof LibraryException le) {
            return le;
        }
        if (e instanceof IllegalArgumentException) {
            return new LibraryException(LibraryException.Kind.INVALID, capitalise(e.getMessage()), e);
        }
        if (!(e instanceof ApiException api)) {
            return new LibraryException(LibraryException.Kind.SERVER, "Something went wrong: " + e.getClass().getSimpleName(), e);
        }
        String pinterest = api.pinterestMessage() == null ? "" : " Pinterest said: “" + api.pinterestMessage() + "”";
        if (api instanceof ApiCancelledException) {
            return new LibraryException(LibraryException.Kind.CANCELLED, "Cancelled.", e);
        }
        if (api instanceof NetworkException) {
            return new LibraryException(LibraryException.Kind.OFFLINE,
                    "PinDesk cannot reach Pinterest. Check your connection; the saved library stays readable.", e);
        }
        if (api instanceof MissingScopeException) {
            return new LibraryException(LibraryException.Kind.MISSING_SCOPE,
                    "This account did not grant PinDesk the permission this needs. Sign in again and allow it.", e);
        }
        if (api instanceof AuthenticationException) {
            return new LibraryException(LibraryException.Kind.SIGNED_OUT,
                    "Pinterest no longer accepts this sign-in. Sign in again; nothing local is lost.", e);
        }
        if (api instanceof SpamBlockedException) {
            return new LibraryException(LibraryException.Kind.RATE_LIMITED,
                    "Pinterest paused changes from this account as possible spam. Wait before trying again." + pinterest, e);
        }
        if (api instanceof RateLimitedException r) {
            String when = r.retryAt() == null ? "in a minute" : "after " + CLOCK.format(r.retryAt());
            return new LibraryException(LibraryException.Kind.RATE_LIMITED,
                    "Pinterest's rate limit was reached. Try again " + when + ".", e);
        }
        if (api instanceof NotFoundException) {
            return new LibraryException(LibraryException.Kind.NOT_FOUND,
                    "It no longer exists on Pinterest (changed elsewhere?). Sync to refresh the library.", e);
        }
        if (api instanceof ForbiddenException) {
            return new LibraryException(LibraryException.Kind.FORBIDDEN, "Pinterest did not allow this." + pinterest, e);
        }
        if (api instanceof InvalidRequestException || api.httpStatus() == 400 || api.httpStatus() == 409) {
            return new LibraryException(LibraryException.Kind.INVALID, "Pinterest refused the change." + pinterest, e);
        }
        if (api instanceof UnknownOutcomeException) {
            return new LibraryException(LibraryException.Kind.SERVER,
                    "The reply from Pinterest was lost; sync to see whether the change was made.", e);
        }
        return new LibraryException(LibraryException.Kind.SERVER,
                "Pinterest had a problem (HTTP " + api.httpStatus() + "). Try again in a moment.", e);
    }

    private static String capitalise(String text) {
        if (text == null || text.isEmpty()) {
            return "Invalid input.";
        }
        String t = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return t.endsWith(".") ? t : t + ".";
    }
}
