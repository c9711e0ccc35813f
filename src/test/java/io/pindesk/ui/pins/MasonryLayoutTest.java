package io.pindesk.ui.pins;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MasonryLayoutTest {

    @Test
    void columnsFollowTheWidthAndEachItemGoesUnderTheShortestColumn() {
        MasonryLayout layout = new MasonryLayout(10, 200, 0);
        layout.setWidth(650); // (650 + 10) / 210 = 3 columns of 210 px
        assertEquals(3, layout.columns());
        assertEquals(210, layout.columnWidth(), 1e-9);

        layout.add(1.0);  // col 0, 0..210
        layout.add(2.0);  // col 1, 0..420
        layout.add(0.5);  // col 2, 0..105
        int fourth = layout.add(1.0); // shortest is col 2 (bottom 115)
        assertEquals(2, layout.column(fourth));
        assertEquals(115, layout.y(fourth), 1e-9);
        assertEquals(2 * 220, layout.x(fourth), 1e-9);
        int fifth = layout.add(1.0); // col 0 (bottom 220) vs col 2 (bottom 335)
        assertEquals(0, layout.column(fifth));
        assertEquals(220, layout.y(fifth), 1e-9);
        assertEquals(430, layout.height(), 1e-9); // column 0: 0..210, gap, 220..430
    }

    @Test
    void heightsComeFromTheImageAspectPlusTheCaptionAndUnknownSizesAreSquare() {
        MasonryLayout layout = new MasonryLayout(8, 236, 30);
        layout.setWidth(236);
        int tall = layout.add(1200.0 / 600.0);
        int unknown = layout.add(Double.NaN);
        assertEquals(236 * 2 + 30, layout.itemHeight(tall), 1e-9);
        assertEquals(236 + 30, layout.itemHeight(unknown), 1e-9);
    }

    @Test
    void aWidthChangeReplacesEverythingAndVisibleMatchesABruteForceScan() {
        MasonryLayout layout = new MasonryLayout(12, 180, 24);
        layout.setWidth(1000);
        Random r = new Random(5);
        for (int i = 0; i < 5000; i++) {
            layout.add(0.5 + r.nextDouble() * 1.5);
        }
        assertTrue(layout.setWidth(1400));
        for (double top = 0; top < layout.height(); top += 3777) {
            double bottom = top + 900;
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < layout.size(); i++) {
                if (layout.y(i) < bottom && layout.y(i) + layout.itemHeight(i) > top) {
                    expected.add(i);
                }
            }
            assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), layout.visible(top, bottom));
        }
    }

    @Test
    void noTwoItemsOverlap() {
        MasonryLayout layout = new MasonryLayout(10, 150, 20);
        layout.setWidth(800);
        Random r = new Random(9);
        for (int i = 0; i < 400; i++) {
            layout.add(r.nextDouble() * 3);
        }
        for (int i = 0; i < layout.size(); i++) {
            for (int j = i + 1; j < layout.size(); j++) {
                if (layout.column(i) == layout.column(j)) {
                    boolean apart = layout.y(i) + layout.itemHeight(i) <= layout.y(j)
                            || layout.y(j) + layout.itemHeight(j) <= layout.y(i);
                    assertTrue(apart, i + " and " + j + " overlap");
                }
            }
        }
    }

    @Test
    void keyboardNavigationMovesWithinAndAcrossColumns() {
        MasonryLayout layout = new MasonryLayout(0, 100, 0);
        layout.setWidth(300);
        for (int i = 0; i < 9; i++) {
            layout.add(1.0); // a regular 3 × 3 grid: index = row * 3 + column
        }
        assertEquals(4, layout.neighbour(1, MasonryLayout.Direction.DOWN));
        assertEquals(1, layout.neighbour(4, MasonryLayout.Direction.UP));
        assertEquals(5, layout.neighbour(4, MasonryLayout.Direction.RIGHT));
        assertEquals(3, layout.neighbour(4, MasonryLayout.Direction.LEFT));
        assertEquals(3, layout.neighbour(3, MasonryLayout.Direction.LEFT), "stays at the edge");
        assertEquals(8, layout.neighbour(8, MasonryLayout.Direction.DOWN));
    }

    @Test
    void scrollingFiveThousandItemsRecyclesABoundedNumberOfCells() {
        MasonryLayout layout = new MasonryLayout(12, 236, 28);
        layout.setWidth(1200);
        Random r = new Random(1);
        for (int i = 0; i < 5000; i++) {
            layout.add(0.6 + r.nextDouble());
        }
        int[] bound = new int[layout.size()];
        Arrays.fill(bound, 0);
        Set<int[]> cells = new HashSet<>();
        CellPool<int[]> pool = new CellPool<>(() -> {
            int[] cell = {-1};
            cells.add(cell);
            return cell;
        }, (cell, index) -> cell[0] = index);
        double viewport = 800;
        int maxVisible = 0;
        for (double top = 0; top + viewport < layout.height(); top += 97) {
            int[] visible = layout.visible(top - viewport / 2, top + viewport * 1.5);
            maxVisible = Math.max(maxVisible, visible.length);
            var shown = pool.show(visible);
            assertEquals(visible.length, shown.size());
            for (int index : visible) {
                assertEquals(index, shown.get(index)[0], "the cell shows its item");
            }
        }
        assertTrue(pool.created() <= maxVisible + 5 * 2, "cells created " + pool.created() + " for at most "
                + maxVisible + " visible of 5000");
        assertTrue(pool.created() < 100, "bounded by the screen, not the list: " + pool.created());
        assertEquals(pool.created(), cells.size());
    }
}
