package io.pindesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pindesk.sandbox.FaultSpec;
import io.pindesk.sandbox.RecordedExchange;
import io.pindesk.sandbox.SandboxProfile;
import io.pindesk.sandbox.SandboxServer;
import io.pindesk.sandbox.SandboxTestApi;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checklist C16–C17 at HTTP level against the sandbox: the authorization code is POSTed exactly once whatever the
 * token endpoint does (503, 429, a dropped connection), and a successful exchange carries everything the strict
 * profile insists on (Basic client auth, the same redirect URI, the PKCE verifier) with nothing in the query.
 */
class CodeExchangeHttpTest {

    @TempDir Path home;

    private SignInProblem signInWith(Consumer<SandboxTestApi> fault) throws Exception {
        try (AccountService service = TestAccounts.service(home, TestAccounts.memoryKeychain(), home.resolve("sb"),
                b -> b.profile(SandboxProfile.STRICT), Map.of())) {
            SandboxTestApi api = testApi(service);
            fault.accept(api);
            SignInProblem p = SandboxSignInTest.failure(service, SignInTarget.localSandbox(), ConsentBrowser.allowing());
            assertEquals(1, api.requestCount("POST", "/v5/oauth/token"), "the code is sent exactly once");
            assertEquals(0, api.tokenGrants("authorization_code"));
            assertTrue(service.accounts().isEmpty(), "nothing stored");
            return p;
        }
    }

    private static SandboxTestApi testApi(AccountService service) throws Exception {
        service.sandbox().ensureRunning();
        return service.sandbox().server().map(SandboxServer::testApi).orElseThrow();
    }

    @Test
    void a503IsNotRetried() throws Exception {
        SignInProblem p = signInWith(api -> api.setFaults(FaultSpec.parse("5xx=1")));
        assertEquals(SignInProblem.Kind.NETWORK, p.kind(), p.getMessage());
    }

    @Test
    void aDroppedConnectionIsNotRetried() throws Exception {
        SignInProblem p = signInWith(api -> api.setFaults(FaultSpec.parse("reset=1")));
        assertEquals(SignInProblem.Kind.NETWORK, p.kind(), p.getMessage());
    }

    @Test
    void a429IsNotRetried() throws Exception {
        SignInProblem p = signInWith(api -> api.rateLimit("org_read", 0, Duration.ofMinutes(10), true));
        assertEquals(SignInProblem.Kind.NETWORK, p.kind(), p.getMessage());
    }

    @Test
    void theExchangeCarriesNothingInItsQueryAndSatisfiesTheStrictProfile() throws Exception {
        try (AccountService service = TestAccounts.service(home, TestAccounts.memoryKeychain(), home.resolve("sb"),
                b -> b.profile(SandboxProfile.STRICT), Map.of())) {
            SandboxTestApi api = testApi(service);
            api.recordExchanges(true);
            SandboxSignInTest.signIn(service, ConsentBrowser.allowing());
            List<RecordedExchange> token = api.recordedExchanges().stream()
                    .filter(e -> e.path().equals("/v5/oauth/token")).toList();
            assertEquals(1, token.size());
            assertEquals("POST", token.get(0).method());
            assertNull(token.get(0).query(), "no code, verifier or secret in the URL");
            assertEquals(200, token.get(0).status(), "Basic auth, redirect_uri and code_verifier were all accepted");
            assertEquals(1, api.tokenGrants("authorization_code"));
        }
    }
}
