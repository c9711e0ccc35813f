package io.pindesk.media;

import java.util.Optional;

/**
 * One image found in a drop or paste, with what the drop suggests for the pin.
 *
 * @param suggestedLink the pin's destination link (an enclosing {@code <a href>}, the link Chromium puts on
 *                      the clipboard), always http(s)
 * @param altText       the {@code <img alt>} text
 * @param title         the {@code <img title>} or the title a browser attached to the dragged URL
 */
public record DropItem(ImageSource source, Optional<String> suggestedLink, Optional<String> altText,
                       Optional<String> title) {

    public static DropItem of(ImageSource source) {
        return new DropItem(source, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Fills what this item lacks from {@code other} (the same image seen in another format of the drop). */
    DropItem mergedWith(DropItem other) {
        return new DropItem(source, suggestedLink.or(other::suggestedLink), altText.or(other::altText),
                title.or(other::title));
    }

    DropItem withTitle(String text) {
        return new DropItem(source, suggestedLink, altText, Optional.ofNullable(text));
    }

    DropItem withLink(String link) {
        return new DropItem(source, Optional.ofNullable(link), altText, title);
    }
}
