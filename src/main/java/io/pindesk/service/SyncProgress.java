package io.pindesk.service;

/**
 * How far a sync has got, counted in items actually loaded (boards, sections and pins), never in Pinterest's
 * {@code pin_count}, which is known to be wrong (desktop-notes §3.12).
 */
public record SyncProgress(int boardsTotal, int boardsDone, int boardsSkipped, long itemsLoaded) {}
