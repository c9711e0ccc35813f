package io.pindesk.service;

import java.util.List;

/**
 * What PinDesk remembers about an account in {@code accounts.json}. Nothing here is secret: the tokens and the
 * App secret live in the keychain only.
 *
 * @param key         the local, file-name-safe key (also the keychain item name)
 * @param id          Pinterest's user id, or null when unknown
 * @param environment an {@link AccountEnvironment#id()}
 * @param apiBase     the API base signed in against (for LOCAL the sandbox's address at the time)
 * @param avatarUrl   the profile image URL, or null
 */
public record AccountRecord(String key, String id, String username, String environment, String apiBase,
        String authorizeUrl, String clientId, List<String> scopes, String avatarUrl) {

    public AccountRecord {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    public AccountEnvironment env() {
        return AccountEnvironment.fromId(environment).orElse(AccountEnvironment.CUSTOM);
    }

    /** "anna · Local sandbox" */
    public String label() {
        return username + " · " + env().displayName();
    }
}
