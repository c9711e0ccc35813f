package io.pindesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures measured once per process are reported as the median over several processes. */
class BenchSuiteTest {

    private static BenchFigure gap(double ms) {
        return new BenchFigure("gap", "Longest gap", ms, "ms", null, null, null, "≤ 50 ms", ms <= 50, "run " + ms);
    }

    @Test
    void theMedianProcessIsReportedWithEveryValueInTheNotes() {
        List<BenchFigure> out = BenchSuite.medianOf(List.of(List.of(gap(111)), List.of(gap(79)), List.of(gap(85))));
        assertEquals(1, out.size());
        assertEquals(85, out.get(0).value());
        assertTrue(out.get(0).notes().startsWith("median of 3 processes [79.00 ms, 85.00 ms, 111 ms]"),
                out.get(0).notes());
        assertTrue(out.get(0).notes().endsWith("run 85.0"), out.get(0).notes());
    }

    @Test
    void oneProcessIsReportedAsIs() {
        assertEquals(List.of(gap(40)), BenchSuite.medianOf(List.of(List.of(gap(40)))));
        assertEquals(List.of(), BenchSuite.medianOf(List.of()));
    }
}
