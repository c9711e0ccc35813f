package io.pindesk.bench;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * One measured figure, printed by a benchmark process as a {@code BENCH {json}} line that {@link BenchSuite}
 * collects. A figure is reported next to its reference (measured in the same run) where one exists, because this
 * machine's absolute speed varies; {@code goalMet} compares against the goal.
 */
public record BenchFigure(String id, String title, double value, String unit, String reference, Double referenceValue,
        Double ratio, String goal, Boolean goalMet, String notes) {

    static final String PREFIX = "BENCH ";
    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().create();

    public void print() {
        System.out.println(PREFIX + GSON.toJson(this));
        System.out.flush();
    }

    static BenchFigure parse(String line) {
        return GSON.fromJson(line.substring(PREFIX.length()), BenchFigure.class);
    }
}
