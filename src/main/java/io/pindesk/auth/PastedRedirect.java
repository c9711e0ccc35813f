package io.pindesk.auth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The "paste the address you were sent to" fallback: when the browser runs where this computer's loopback
 * is unreachable (WSL, a remote desktop), the user copies the address the browser ended on. It must be
 * the redirect URI of this attempt (any loopback spelling of its host, same port and path), and its query
 * is judged exactly like a real callback.
 */
public final class PastedRedirect {

    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    private PastedRedirect() {}

    /**
     * @return the authorization code
     * @throws SignInException INVALID_CALLBACK (not this attempt's address, or wrong state), DENIED or PROVIDER_ERROR
     */
    public static String code(String pasted, RedirectUri expected, OAuthState state) throws SignInException {
        CallbackParameters.Verdict v = judge(pasted, expected, state);
        return switch (v.kind()) {
            case CODE -> v.value();
            case DENIED -> throw new SignInException(SignInException.Reason.DENIED, "Sign-in was cancelled in the browser.");
            case PROVIDER_ERROR -> throw new SignInException(SignInException.Reason.PROVIDER_ERROR,
                    "Pinterest did not complete the sign-in (" + v.value() + ").", v.value(), null);
            default -> throw invalid();
        };
    }

    static CallbackParameters.Verdict judge(String pasted, RedirectUri expected, OAuthState state) throws SignInException {
        if (pasted == null) {
            throw invalid();
        }
        String text = pasted.strip();
        if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("'") && text.endsWith("'"))) {
            text = text.substring(1, text.length() - 1).strip();
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw invalid();
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!"http".equalsIgnoreCase(uri.getScheme()) || !LOOPBACK_HOSTS.contains(host)
                || uri.getPort() != expected.port() || !path.equals(expected.path())) {
            throw invalid();
        }
        CallbackParameters.Verdict v = CallbackParameters.judge(uri.getRawQuery(), state);
        if (v.kind() == CallbackParameters.Kind.NOT_A_CALLBACK || v.kind() == CallbackParameters.Kind.BAD_STATE) {
            throw invalid();
        }
        return v;
    }

    private static SignInException invalid() {
        // Never echo the pasted text: it may hold a code or a state.
        return new SignInException(SignInException.Reason.INVALID_CALLBACK,
                "That is not the address of this sign-in. Paste the whole address from the browser's address bar after"
                        + " allowing access, and make sure it comes from the sign-in you started last.");
    }
}
