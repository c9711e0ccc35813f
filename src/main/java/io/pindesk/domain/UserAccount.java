package io.pindesk.domain;

import java.util.Objects;

/** The signed-in Pinterest user ({@code GET /user_account}). Counts are null when not sent. */
public record UserAccount(
        String id,
        String username,
        String accountType,
        String profileImageUrl,
        String websiteUrl,
        String about,
        String businessName,
        Integer boardCount,
        Integer pinCount,
        Integer followerCount,
        Integer followingCount,
        Integer monthlyViews) {

    public UserAccount {
        Objects.requireNonNull(username, "username");
    }
}
