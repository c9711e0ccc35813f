package io.pindesk.service;

import java.net.URI;

/**
 * What to sign in to. For {@link AccountEnvironment#LOCAL} nothing else is needed (the sandbox registers its own
 * client). Otherwise the App ID, and the App secret unless it is already saved (keychain) or in the environment.
 *
 * @param apiBase   only for {@link AccountEnvironment#CUSTOM}
 * @param appSecret null = use the saved one; never written anywhere but the keychain
 */
public record SignInTarget(AccountEnvironment environment, URI apiBase, String appId, String appSecret) {

    public static SignInTarget localSandbox() {
        return new SignInTarget(AccountEnvironment.LOCAL, null, null, null);
    }

    @Override
    public String toString() {
        return "SignInTarget[" + environment.id() + (apiBase == null ? "" : ", " + apiBase)
                + (appId == null ? "" : ", appId=" + appId) + ", appSecret=" + (appSecret == null ? "saved" : "[redacted]") + "]";
    }
}
