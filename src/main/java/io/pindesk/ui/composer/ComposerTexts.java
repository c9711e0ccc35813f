package io.pindesk.ui.composer;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The shared message bundle for view-models: a key plus MessageFormat arguments. */
public final class ComposerTexts {

    private final ResourceBundle bundle;

    public ComposerTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** English texts, for tests. */
    public static ComposerTexts english() {
        return new ComposerTexts(ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH));
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
