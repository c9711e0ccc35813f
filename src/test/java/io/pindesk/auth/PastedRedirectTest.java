package io.pindesk.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PastedRedirectTest {

    private final OAuthState state = OAuthState.generate();
    private final RedirectUri redirect = RedirectUri.parse("http://localhost:8085/");

    @Test
    void acceptsTheFullAddressWithAnyLoopbackSpellingAndStraySpaceOrQuotes() throws Exception {
        assertEquals("abc", PastedRedirect.code("http://localhost:8085/?code=abc&state=" + state.value(), redirect, state));
        assertEquals("abc", PastedRedirect.code("  http://127.0.0.1:8085/?state=" + state.value() + "&code=abc \n", redirect, state));
        assertEquals("a b", PastedRedirect.code("\"http://[::1]:8085/?code=a+b&state=" + state.value() + "\"", redirect, state));
    }

    @Test
    void rejectsAddressesOfOtherAttemptsPortsPathsOrHosts() {
        String code = "CANARY-code-123";
        for (String pasted : List.of(
                "http://localhost:8085/?code=" + code + "&state=" + OAuthState.generate().value(),
                "http://localhost:8085/?code=" + code,
                "http://localhost:8086/?code=" + code + "&state=" + state.value(),
                "http://localhost:8085/other?code=" + code + "&state=" + state.value(),
                "http://evil.example:8085/?code=" + code + "&state=" + state.value(),
                "https://localhost:8085/?code=" + code + "&state=" + state.value(),
                "http://localhost:8085/?state=" + state.value(),
                code,
                "")) {
            SignInException e = assertThrows(SignInException.class, () -> PastedRedirect.code(pasted, redirect, state), pasted);
            assertEquals(SignInException.Reason.INVALID_CALLBACK, e.reason());
            assertFalse(e.getMessage().contains(code), "the message never echoes the paste");
            assertFalse(e.getMessage().contains(state.value()));
        }
        assertThrows(SignInException.class, () -> PastedRedirect.code(null, redirect, state));
    }

    // A8 for the paste path
    @Test
    void deniedAndProviderErrorsAreReportedLikeTheListenerDoes() {
        SignInException denied = assertThrows(SignInException.class,
                () -> PastedRedirect.code("http://localhost:8085/?error=access_denied&state=" + state.value(), redirect, state));
        assertEquals(SignInException.Reason.DENIED, denied.reason());
        SignInException other = assertThrows(SignInException.class,
                () -> PastedRedirect.code("http://localhost:8085/?error=invalid_scope%3Cb%3E&state=" + state.value(), redirect, state));
        assertEquals(SignInException.Reason.PROVIDER_ERROR, other.reason());
        assertEquals("invalid_scopeb", other.providerError());
    }
}
