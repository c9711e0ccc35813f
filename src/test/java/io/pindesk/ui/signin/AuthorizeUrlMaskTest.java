package io.pindesk.ui.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AuthorizeUrlMaskTest {

    @Test
    void theShownAddressHidesTheOneTimeValues() {
        String url = "http://127.0.0.1:8790/oauth/?response_type=code&client_id=1509632&state=SECRETSTATE"
                + "&code_challenge=CHALLENGE&code_challenge_method=S256";
        assertEquals("http://127.0.0.1:8790/oauth/?response_type=code&client_id=1509632&state=\u2022\u2022\u2022"
                + "&code_challenge=\u2022\u2022\u2022&code_challenge_method=S256", SignInView.maskOneTimeValues(url));
        assertEquals("", SignInView.maskOneTimeValues(null));
    }
}
