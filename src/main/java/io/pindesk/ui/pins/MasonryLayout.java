package io.pindesk.ui.pins;

import java.util.Arrays;

/**
 * Where each pin goes in a masonry grid: equal-width columns, each item placed under the currently shortest one.
 * Heights come from the pin's known image size ({@code media.images}), so positions are final before any image
 * loads and nothing jumps. Appending a page places only the new items; a width change re-places all in O(n).
 * Plain maths, no JavaFX, so it is unit-tested directly.
 */
public final class MasonryLayout {

    /** Direction for keyboard navigation. */
    public enum Direction { LEFT, RIGHT, UP, DOWN }

    private final double gap;
    private final double minColumnWidth;
    private final double captionHeight;
    private int columns = 1;
    private double columnWidth;
    private double[] aspects = new double[64];
    private double[] tops = new double[64];
    private double[] heights = new double[64];
    private int[] columnOf = new int[64];
    private int[][] perColumn = new int[1][16];
    private int[] perColumnSize = new int[1];
    private double[] bottoms = new double[1];
    private int size;

    /**
     * @param gap            space between columns and between items
     * @param minColumnWidth columns are at least this wide; their number follows from the width
     * @param captionHeight  fixed height under each image (title line)
     */
    public MasonryLayout(double gap, double minColumnWidth, double captionHeight) {
        this.gap = gap;
        this.minColumnWidth = minColumnWidth;
        this.captionHeight = captionHeight;
        this.columnWidth = minColumnWidth;
    }

    /** Fits the columns to {@code width}; returns true when that changed anything (all items were re-placed). */
    public boolean setWidth(double width) {
        int n = Math.max(1, (int) Math.floor((width + gap) / (minColumnWidth + gap)));
        double w = Math.max(1, (width - gap * (n - 1)) / n);
        if (n == columns && Math.abs(w - columnWidth) < 0.5) {
            return false;
        }
        columns = n;
        columnWidth = w;
        replaceAll();
        return true;
    }

    /** Removes every item. */
    public void clear() {
        size = 0;
        resetColumns();
    }

    /** Appends an item whose image is {@code aspect} = height / width (≤ 0 or NaN: unknown, shown square). */
    public int add(double aspect) {
        double a = !(aspect > 0) || Double.isInfinite(aspect) ? 1.0 : Math.min(aspect, 4.0);
        ensureCapacity(size + 1);
        aspects[size] = a;
        place(size);
        return size++;
    }

    public int size() {
        return size;
    }

    public int columns() {
        return columns;
    }

    public double columnWidth() {
        return columnWidth;
    }

    /** Total content height. */
    public double height() {
        double max = 0;
        for (double b : bottoms) {
            max = Math.max(max, b);
        }
        return max <= 0 ? 0 : max - gap;
    }

    public double x(int index) {
        return columnOf[index] * (columnWidth + gap);
    }

    public double y(int index) {
        return tops[index];
    }

    public double itemHeight(int index) {
        return heights[index];
    }

    public int column(int index) {
        return columnOf[index];
    }

    /** The items that intersect the band {@code [from, to)}, in index order. */
    public int[] visible(double from, double to) {
        int[] out = new int[16];
        int n = 0;
        for (int c = 0; c < columns; c++) {
            int[] list = perColumn[c];
            int count = perColumnSize[c];
            int i = firstEndingAfter(list, count, from);
            for (; i < count && tops[list[i]] < to; i++) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = list[i];
            }
        }
        int[] result = Arrays.copyOf(out, n);
        Arrays.sort(result);
        return result;
    }

    /** The item to move to from {@code index}, or {@code index} itself at an edge. */
    public int neighbour(int index, Direction direction) {
        if (index < 0 || index >= size) {
            return size == 0 ? -1 : 0;
        }
        int c = columnOf[index];
        int pos = positionInColumn(index);
        switch (direction) {
            case UP:
                return pos > 0 ? perColumn[c][pos - 1] : index;
            case DOWN:
                return pos + 1 < perColumnSize[c] ? perColumn[c][pos + 1] : index;
            default:
                int target = c + (direction == Direction.LEFT ? -1 : 1);
                if (target < 0 || target >= columns || perColumnSize[target] == 0) {
                    return index;
                }
                return nearest(target, tops[index] + heights[index] / 2);
        }
    }

    private int nearest(int column, double centre) {
        int[] list = perColumn[column];
        int count = perColumnSize[column];
        int i = Math.min(firstEndingAfter(list, count, centre), count - 1);
        return list[i];
    }

    private int positionInColumn(int index) {
        int[] list = perColumn[columnOf[index]];
        int pos = Arrays.binarySearch(list, 0, perColumnSize[columnOf[index]], index);
        return Math.max(pos, 0);
    }

    /** Binary search: the first item in a column whose bottom is below {@code y}. Tops grow within a column. */
    private int firstEndingAfter(int[] list, int count, double y) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int item = list[mid];
            if (tops[item] + heights[item] <= y) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void place(int i) {
        int shortest = 0;
        for (int c = 1; c < columns; c++) {
            if (bottoms[c] < bottoms[shortest] - 0.01) {
                shortest = c;
            }
        }
        double h = columnWidth * aspects[i] + captionHeight;
        columnOf[i] = shortest;
        tops[i] = bottoms[shortest];
        heights[i] = h;
        bottoms[shortest] += h + gap;
        if (perColumnSize[shortest] == perColumn[shortest].length) {
            perColumn[shortest] = Arrays.copyOf(perColumn[shortest], perColumnSize[shortest] * 2);
        }
        perColumn[shortest][perColumnSize[shortest]++] = i;
    }

    private void replaceAll() {
        resetColumns();
        for (int i = 0; i < size; i++) {
            place(i);
        }
    }

    private void resetColumns() {
        bottoms = new double[columns];
        perColumn = new int[columns][];
        for (int c = 0; c < columns; c++) {
            perColumn[c] = new int[Math.max(16, size / columns + 16)];
        }
        perColumnSize = new int[columns];
    }

    private void ensureCapacity(int needed) {
        if (needed > aspects.length) {
            int n = Math.max(needed, aspects.length * 2);
            aspects = Arrays.copyOf(aspects, n);
            tops = Arrays.copyOf(tops, n);
            heights = Arrays.copyOf(heights, n);
            columnOf = Arrays.copyOf(columnOf, n);
        }
    }
}
