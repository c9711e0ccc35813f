package io.pindesk.sandbox;

/**
 * One {@code /v5} request and the sandbox's answer, kept when recording is on (the contract test validates each
 * against the OpenAPI file).
 */
public record RecordedExchange(String method, String path, String query, int status, String contentType,
        byte[] body) {}
