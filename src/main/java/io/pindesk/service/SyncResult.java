package io.pindesk.service;

import java.time.Duration;
import java.util.Map;

/**
 * The outcome of one sync: totals in the library afterwards, what was fetched or skipped, and boards that failed
 * (board id → user-facing reason); those keep their previously cached pins and are fetched again next time.
 */
public record SyncResult(int boards, int sections, int pins, int boardsFetched, int boardsSkipped, long itemsLoaded,
        Duration elapsed, Map<String, String> failedBoards) {

    public SyncResult {
        failedBoards = Map.copyOf(failedBoards);
    }

    public boolean complete() {
        return failedBoards.isEmpty();
    }
}
