package io.pindesk.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "access token pina_AMAEXAMPLEwAAAAGExampleCanary0000 issued",
        "refresh pinr.AbCdEf0123456789canary/+= rotated",
        "client token pinc_Example0123456789Canary",
        "Authorization: Bearer CANARYbearer0123456789",
        "authorization=Basic Q0FOQVJZOmNsaWVudA==",
        "{\"Authorization\": \"Bearer CANARYjson0123\"}",
        "GET /callback?code=CANARYcode123&state=CANARYstate456 HTTP/1.1",
        "grant_type=authorization_code&code=CANARYcode&code_verifier=CANARYverifier0123456789&redirect_uri=x",
        "{\"client_secret\":\"CANARYsecret\",\"access_token\":\"CANARYaccess\",\"refresh_token\":\"CANARYrefresh\"}",
        "client_secret = CANARYspaced",
    })
    void masksEveryCredentialShape(String line) {
        String redacted = Redactor.redact(line);
        assertFalse(redacted.contains("CANARY") || redacted.contains("Canary") || redacted.contains("canary"),
                () -> line + " -> " + redacted);
    }

    @Test
    void keepsTheRestOfTheLineReadable() {
        assertEquals("GET /callback?code=[redacted]&state=[redacted] HTTP/1.1",
                Redactor.redact("GET /callback?code=abc&state=def HTTP/1.1"));
        assertEquals("Authorization: Bearer [redacted]", Redactor.redact("Authorization: Bearer pina_xyz0123456789"));
        assertEquals("Pinterest error code 8 on board 1234", Redactor.redact("Pinterest error code 8 on board 1234"));
        assertEquals("pinned 3 pins to pinboard", Redactor.redact("pinned 3 pins to pinboard"));
        assertEquals("error_code=429", Redactor.redact("error_code=429"), "only the OAuth 'code' parameter");
    }

    @Test
    void nullAndEmptyPassThrough() {
        assertEquals(null, Redactor.redact(null));
        assertEquals("", Redactor.redact(""));
    }
}
