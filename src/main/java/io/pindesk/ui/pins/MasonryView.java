package io.pindesk.ui.pins;

import io.pindesk.domain.Pin;
import io.pindesk.domain.PinImage;
import io.pindesk.ui.common.ThumbnailSource;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.stage.Window;

/**
 * PinDesk's virtualised masonry grid (desktop-notes §3.4). Positions come from {@link MasonryLayout} using the
 * image sizes Pinterest sends, so nothing moves when images arrive; only the cells in view (plus half a screen
 * above and below) exist, recycled through a {@link CellPool}. Near the end it asks for the next page.
 * Keyboard: arrows move, Shift+arrows extend the selection, Space toggles, Ctrl+A selects all, Enter opens,
 * Escape clears, Page Up/Down and Home/End scroll.
 */
public final class MasonryView extends Region {

    private static final double GAP = 16;
    private static final double PADDING = 20;

    private final ObservableList<Pin> items;
    private final ObservableSet<String> selection;
    private final ThumbnailSource thumbnails;
    private final MasonryLayout layout = new MasonryLayout(GAP, 220, PinCell.CAPTION);
    private final ScrollBar bar = new ScrollBar();
    private final Pane content = new Pane();
    private final Rectangle clip = new Rectangle();
    private final CellPool<PinCell> pool;
    private int focused = -1;
    private int anchor = -1;
    private Consumer<Pin> onOpen = p -> { };
    private Runnable onNearEnd = () -> { };
    private Consumer<Pin> onContext = p -> { };

    public MasonryView(ObservableList<Pin> items, ObservableSet<String> selection, ThumbnailSource thumbnails) {
        this.items = items;
        this.selection = selection;
        this.thumbnails = thumbnails;
        getStyleClass().add("masonry");
        setFocusTraversable(true);
        bar.setOrientation(Orientation.VERTICAL);
        bar.setUnitIncrement(60);
        content.setClip(clip);
        content.setManaged(false);
        getChildren().addAll(content, bar);
        pool = new CellPool<>(this::newCell, this::bind);
        bar.valueProperty().addListener((o, a, b) -> requestLayout());
        items.addListener(this::itemsChanged);
        selection.addListener((SetChangeListener<String>) c -> remark());
        addEventHandler(ScrollEvent.SCROLL, e -> {
            scrollTo(bar.getValue() - e.getDeltaY() * 1.5);
            e.consume();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        relayoutAll();
    }

    public void setOnOpen(Consumer<Pin> onOpen) {
        this.onOpen = onOpen;
    }

    public void setOnNearEnd(Runnable onNearEnd) {
        this.onNearEnd = onNearEnd;
    }

    public void setOnContextMenuRequested(Consumer<Pin> handler) {
        this.onContext = handler;
    }

    /** Cells made so far: bounded by the viewport, not by the number of pins. */
    public int cellCount() {
        return pool.created();
    }

    public int focusedIndex() {
        return focused;
    }

    public void scrollTo(double y) {
        bar.setValue(Math.max(0, Math.min(bar.getMax(), y)));
    }

    public double scrollPosition() {
        return bar.getValue();
    }

    public double contentHeight() {
        return layout.height() + 2 * PADDING;
    }

    // ---- items ------------------------------------------------------------------------------------------------

    private void itemsChanged(ListChangeListener.Change<? extends Pin> c) {
        boolean appendOnly = true;
        int before = layout.size();
        while (c.next()) {
            if (c.wasRemoved() || c.wasPermutated() || c.wasReplaced() || c.getFrom() < before) {
                appendOnly = false;
            }
        }
        if (appendOnly) {
            for (int i = before; i < items.size(); i++) {
                layout.add(aspect(items.get(i)));
            }
        } else {
            relayoutAll();
        }
        requestLayout();
    }

    private void relayoutAll() {
        pool.releaseAll();
        layout.clear();
        for (Pin p : items) {
            layout.add(aspect(p));
        }
        if (focused >= items.size()) {
            focused = items.isEmpty() ? -1 : items.size() - 1;
        }
        if (items.isEmpty()) {
            bar.setValue(0);
        }
    }

    /** Height / width from the largest rendition Pinterest describes (crops like 150x150 would mislead). */
    static double aspect(Pin p) {
        PinImage i = p.images().renditions().get("600x");
        if (i == null || i.width() == null || i.height() == null) {
            i = p.images().largest().orElse(null);
        }
        if (i == null || i.width() == null || i.height() == null || i.width() == 0) {
            return 1.0;
        }
        return i.height() / (double) i.width();
    }

    // ---- cells ------------------------------------------------------------------------------------------------

    private PinCell newCell() {
        PinCell cell = new PinCell(thumbnails);
        cell.setManaged(false);
        cell.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> clicked(cell, e));
        content.getChildren().add(cell);
        return cell;
    }

    private void bind(PinCell cell, int index) {
        if (index < 0) {
            cell.show(null, -1, false, false);
        } else {
            Pin p = items.get(index);
            cell.show(p, index, selection.contains(p.id()), index == focused);
        }
    }

    private void remark() {
        for (javafx.scene.Node n : content.getChildren()) {
            if (n instanceof PinCell cell && cell.pin() != null) {
                cell.mark(selection.contains(cell.pin().id()), cell.index() == focused);
            }
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double barWidth = bar.prefWidth(-1);
        double contentWidth = Math.max(1, w - barWidth);
        if (layout.setWidth(contentWidth - 2 * PADDING)) {
            pool.releaseAll();
        }
        content.resizeRelocate(0, 0, contentWidth, h);
        clip.setWidth(contentWidth);
        clip.setHeight(h);
        bar.resizeRelocate(w - barWidth, 0, barWidth, h);
        double total = contentHeight();
        bar.setMax(Math.max(0, total - h));
        bar.setVisibleAmount(total <= 0 ? 1 : h / total * bar.getMax());
        bar.setBlockIncrement(h * 0.9);
        bar.setVisible(total > h);
        if (bar.getValue() > bar.getMax()) {
            bar.setValue(bar.getMax());
        }
        double top = bar.getValue();
        double buffer = h / 2;
        int[] visible = layout.visible(top - PADDING - buffer, top - PADDING + h + buffer);
        Map<Integer, PinCell> cells = pool.show(visible);
        double scale = outputScale();
        for (Map.Entry<Integer, PinCell> e : cells.entrySet()) {
            int i = e.getKey();
            PinCell cell = e.getValue();
            cell.resizeRelocate(PADDING + layout.x(i), PADDING + layout.y(i) - top, layout.columnWidth(),
                    layout.itemHeight(i));
            cell.requestImage(layout.columnWidth(), scale);
        }
        if (!items.isEmpty() && top + h >= total - h * 1.5) {
            onNearEnd.run();
        }
    }

    private double outputScale() {
        Window window = getScene() == null ? null : getScene().getWindow();
        return window == null ? 1.0 : window.getOutputScaleX();
    }

    // ---- selection and keys -----------------------------------------------------------------------------------

    private void clicked(PinCell cell, MouseEvent e) {
        if (cell.pin() == null) {
            return;
        }
        int i = cell.index();
        Pin p = cell.pin();
        if (e.getButton() == MouseButton.SECONDARY) {
            if (!selection.contains(p.id())) {
                select(i, false, false);
            }
            onContext.accept(p);
            return;
        }
        if (e.getClickCount() == 2) {
            onOpen.accept(p);
            return;
        }
        select(i, e.isShortcutDown(), e.isShiftDown());
    }

    private void select(int i, boolean toggle, boolean range) {
        if (range && anchor >= 0) {
            int from = Math.min(anchor, i);
            int to = Math.max(anchor, i);
            if (!toggle) {
                selection.clear();
            }
            for (int k = from; k <= to; k++) {
                selection.add(items.get(k).id());
            }
        } else if (toggle) {
            String id = items.get(i).id();
            if (!selection.remove(id)) {
                selection.add(id);
            }
            anchor = i;
        } else {
            selection.clear();
            selection.add(items.get(i).id());
            anchor = i;
        }
        focus(i);
    }

    private void focus(int i) {
        focused = i;
        remark();
        ensureVisible(i);
    }

    private void ensureVisible(int i) {
        if (i < 0 || i >= layout.size()) {
            return;
        }
        double y = PADDING + layout.y(i);
        double bottom = y + layout.itemHeight(i);
        double top = bar.getValue();
        if (y < top + 8) {
            scrollTo(y - PADDING);
        } else if (bottom > top + getHeight() - 8) {
            scrollTo(bottom - getHeight() + PADDING);
        }
        requestLayout();
    }

    private void key(KeyEvent e) {
        if (items.isEmpty()) {
            return;
        }
        int current = focused < 0 ? 0 : focused;
        MasonryLayout.Direction d = switch (e.getCode()) {
            case LEFT -> MasonryLayout.Direction.LEFT;
            case RIGHT -> MasonryLayout.Direction.RIGHT;
            case UP -> MasonryLayout.Direction.UP;
            case DOWN -> MasonryLayout.Direction.DOWN;
            default -> null;
        };
        if (d != null) {
            int next = focused < 0 ? 0 : layout.neighbour(current, d);
            if (e.isShiftDown()) {
                if (anchor < 0) {
                    anchor = current;
                }
                select(next, false, true);
            } else {
                select(next, false, false);
            }
            e.consume();
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.SPACE) {
            select(current, true, false);
        } else if (code == KeyCode.ENTER) {
            onOpen.accept(items.get(current));
        } else if (code == KeyCode.ESCAPE) {
            selection.clear();
        } else if (code == KeyCode.A && e.isShortcutDown()) {
            items.forEach(p -> selection.add(p.id()));
        } else if (code == KeyCode.PAGE_DOWN) {
            scrollTo(bar.getValue() + getHeight() * 0.9);
        } else if (code == KeyCode.PAGE_UP) {
            scrollTo(bar.getValue() - getHeight() * 0.9);
        } else if (code == KeyCode.HOME) {
            select(0, false, false);
        } else if (code == KeyCode.END) {
            select(items.size() - 1, false, false);
        } else {
            return;
        }
        e.consume();
    }
}
