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

    /** The i18n key of its name in the sort box. */
    public String messageKey() {
        return switch (this) {
            case NAME -> "library.sort.name";
            case RECENTLY_CHANGED -> "library.sort.recent";
            case PIN_COUNT -> "library.sort.pins";
        };
    }

    /** The i18n key of a privacy's name. */
    public static String privacyKey(io.pindesk.domain.BoardPrivacy p) {
        return switch (p) {
            case PUBLIC -> "board.privacy.public";
            case SECRET -> "board.privacy.secret";
            case PROTECTED -> "board.privacy.protected";
        };
    }

    public Comparator<Board> comparator() {
        return order;
    }

    /** The board's last change as shown on its card: pins changed, else created. */
    public static Instant lastChange(Board b) {
        return b.pinsModifiedAt() != null ? b.pinsModifiedAt() : b.createdAt();
    }
}
