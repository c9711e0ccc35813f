package io.pindesk.ui.boards;

import io.pindesk.domain.Board;
import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;

/** The orders the boards grid offers. */
public enum BoardSort {
    NAME(Comparator.comparing(Board::name, Collator.getInstance(Locale.getDefault()))),
    RECENTLY_CHANGED(Comparator.comparing(BoardSort::lastChange, Comparator.nullsLast(Comparator.reverseOrder()))),
    PIN_COUNT(Comparator.comparing((Board b) -> b.pinCount() == null ? -1 : b.pinCount()).reversed());

    private final Comparator<Board> order;

    BoardSort(Comparator<Board> order) {
        this.order = order.thenComparing(Board::id);
    }

    public Comparator<Board> comparator() {
        return order;
    }

    /** The board's last change as shown on its card: pins changed, else created. */
    public static Instant lastChange(Board b) {
        return b.pinsModifiedAt() != null ? b.pinsModifiedAt() : b.createdAt();
    }
}
