package io.pindesk.service;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a bulk change: pins that succeeded, pins that failed (pin id → user-facing reason) and pins not
 * attempted because the user cancelled.
 */
public record BulkReport(List<String> succeeded, Map<String, String> failed, List<String> notAttempted) {

    public BulkReport {
        succeeded = List.copyOf(succeeded);
        failed = Map.copyOf(failed);
        notAttempted = List.copyOf(notAttempted);
    }

    public boolean allSucceeded() {
        return failed.isEmpty() && notAttempted.isEmpty();
    }
}
