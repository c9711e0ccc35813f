package io.pindesk.ui.pins;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The cells of a virtualised grid: exactly the visible items have one, and cells of items that scrolled away are
 * reused rather than created, so the number of cells stays near one screenful however long the list is.
 * No JavaFX here; the grid tells it which indices are visible.
 *
 * @param <C> cell type
 */
public final class CellPool<C> {

    /** Binds a cell to an item index (or unbinds with -1). */
    public interface Binder<C> {
        void bind(C cell, int index);
    }

    private final Supplier<C> factory;
    private final Binder<C> binder;
    private final Map<Integer, C> active = new HashMap<>();
    private final Deque<C> spare = new ArrayDeque<>();
    private int created;

    public CellPool(Supplier<C> factory, Binder<C> binder) {
        this.factory = factory;
        this.binder = binder;
    }

    /** Makes {@code visible} (sorted indices) the bound set; returns the cells bound now, by index. */
    public Map<Integer, C> show(int[] visible) {
        Map<Integer, C> keep = new HashMap<>(visible.length * 2);
        for (int index : visible) {
            C cell = active.remove(index);
            if (cell != null) {
                keep.put(index, cell);
            }
        }
        for (C gone : active.values()) {
            binder.bind(gone, -1);
            spare.push(gone);
        }
        active.clear();
        for (int index : visible) {
            C cell = keep.get(index);
            if (cell == null) {
                cell = spare.isEmpty() ? create() : spare.pop();
                binder.bind(cell, index);
                keep.put(index, cell);
            }
        }
        active.putAll(keep);
        return active;
    }

    /** Unbinds everything (items replaced); the cells stay for reuse. */
    public void releaseAll() {
        for (C cell : active.values()) {
            binder.bind(cell, -1);
            spare.push(cell);
        }
        active.clear();
    }

    /** Binds the cell of {@code index} again (its item changed in place). */
    public void rebind(int index) {
        C cell = active.get(index);
        if (cell != null) {
            binder.bind(cell, index);
        }
    }

    public C cellAt(int index) {
        return active.get(index);
    }

    /** Cells ever made: bounded by the largest number visible at once. */
    public int created() {
        return created;
    }

    public int activeCount() {
        return active.size();
    }

    private C create() {
        created++;
        return factory.get();
    }
}
