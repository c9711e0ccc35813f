package io.pindesk.service;

/** Where a bulk move or delete stands: {@code done} of {@code total} pins handled, {@code failed} of them failed. */
public record BulkProgress(int total, int done, int failed, String currentPinId) {}
