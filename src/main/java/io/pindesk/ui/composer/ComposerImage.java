package io.pindesk.ui.composer;

import io.pindesk.service.Draft;
import io.pindesk.service.PinText;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One image in the composer, with its own (batch-mode) text fields. */
public final class ComposerImage {

    private final Path file;
    private final Path preview;
    private final String fileName;
    private final String contentType;
    private final int width;
    private final int height;
    private final String label;
    private final List<String> warnings;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty link = new SimpleStringProperty("");
    private final StringProperty altText = new SimpleStringProperty("");

    public ComposerImage(Path file, String contentType, int width, int height, String label, List<String> warnings,
            PinText text) {
        this(file, file, contentType, width, height, label, warnings, text);
    }

    /** With {@code preview}: a small copy to show instead of the image, which may be missing (then the image). */
    public ComposerImage(Path file, Path preview, String contentType, int width, int height, String label,
            List<String> warnings, PinText text) {
        this.file = file;
        this.preview = preview;
        this.fileName = file.getFileName().toString();
        this.contentType = contentType;
        this.width = width;
        this.height = height;
        this.label = label;
        this.warnings = List.copyOf(warnings);
        if (text != null) {
            title.set(nz(text.title()));
            description.set(nz(text.description()));
            link.set(nz(text.link()));
            altText.set(nz(text.altText()));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The small copy to show; it may not exist, in which case show {@link #file()}. */
    public Path preview() {
        return preview;
    }

    public Path file() {
        return file;
    }

    public String contentType() {
        return contentType;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public String label() {
        return label;
    }

    public List<String> warnings() {
        return warnings;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty linkProperty() {
        return link;
    }

    public StringProperty altTextProperty() {
        return altText;
    }

    public PinText text() {
        return new PinText(title.get(), description.get(), link.get(), altText.get());
    }

    Draft.DraftImage toDraft() {
        return new Draft.DraftImage(fileName, contentType, width, height, label, text(), warnings);
    }
}
