package io.pindesk.api;

/** Pinterest's {@code x-ratelimit-category}: operations in one category share one quota. */
public enum RateCategory {
    ORG_READ,
    ORG_WRITE
}
