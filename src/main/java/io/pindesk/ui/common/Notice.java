package io.pindesk.ui.common;

import java.util.List;

/**
 * A message for the user as an i18n key and its arguments ({@code MessageFormat} style), so view-models stay
 * free of display text and the view translates. Service messages arrive as an already-written argument.
 */
public record Notice(String key, List<Object> args) {

    public Notice {
        args = List.copyOf(args);
    }

    public static Notice of(String key, Object... args) {
        return new Notice(key, List.of(args));
    }
}
