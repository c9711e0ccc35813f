package io.pindesk.service;

/**
 * A library operation that did not happen, with a message written for the user (never a token, never a raw
 * response body). {@link #kind()} lets the UI pick a state: offline, sign in again, missing permission…
 */
public class LibraryException extends RuntimeException {

    /** What went wrong, coarsely, so screens can react (banner, disabled actions, retry button). */
    public enum Kind {
        /** Pinterest could not be reached; the cached library stays readable. */
        OFFLINE,
        /** The sign-in is no longer accepted; the user must sign in again. */
        SIGNED_OUT,
        /** The account did not grant a scope this needs (checked before sending, or reported by Pinterest). */
        MISSING_SCOPE,
        /** Pinterest refused it for this account or object. */
        FORBIDDEN,
        /** The board, section or pin no longer exists. */
        NOT_FOUND,
        /** Too many requests; try again later. */
        RATE_LIMITED,
        /** Bad input (too long, invalid link, duplicate name…). */
        INVALID,
        /** Pinterest had a problem, or the reply was lost. */
        SERVER,
        /** The user cancelled it. */
        CANCELLED,
        /** The local cache could not be read or written. */
        STORAGE
    }

    private final Kind kind;

    public LibraryException(Kind kind, String message) {
        this(kind, message, null);
    }

    public LibraryException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
