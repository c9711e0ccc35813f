package io.pindesk.service;

import java.util.List;

/**
 * Why a sign-in did not complete, in words for the user (never a code, state, verifier, token or secret).
 * The {@link Kind} lets screens add specific help (which ports, which scopes, how to fix the keychain).
 */
public class SignInProblem extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** The user clicked Deny (or unticked everything) on the consent page. */
        DENIED,
        CANCELLED,
        TIMED_OUT,
        /** None of the redirect ports could be opened: {@link #ports()} names them. */
        PORTS_BUSY,
        /** Pinterest refused the App ID / App secret. */
        INVALID_CLIENT,
        /** The user unticked scopes PinDesk cannot work without: {@link #missingScopes()}. */
        MISSING_SCOPES,
        /** Sign-in worked but cannot be kept (keychain failure). */
        KEYCHAIN_UNAVAILABLE,
        /** App ID/secret or API base missing or malformed. */
        NOT_CONFIGURED,
        /** Pinterest, the sandbox or the network failed; try again. */
        NETWORK,
        /** A pasted address that is not this sign-in's callback. */
        INVALID_ADDRESS,
        OTHER
    }

    private final Kind kind;
    private final List<Integer> ports;
    private final List<String> missingScopes;

    public SignInProblem(Kind kind, String message) {
        this(kind, message, List.of(), List.of(), null);
    }

    public SignInProblem(Kind kind, String message, List<Integer> ports, List<String> missingScopes, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.ports = List.copyOf(ports);
        this.missingScopes = List.copyOf(missingScopes);
    }

    public Kind kind() {
        return kind;
    }

    public List<Integer> ports() {
        return ports;
    }

    public List<String> missingScopes() {
        return missingScopes;
    }
}
