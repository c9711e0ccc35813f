package io.pindesk.media;

import java.util.Locale;

/**
 * Image formats PinDesk recognizes by their magic bytes. The first five can be pinned (after
 * transcoding to JPEG or PNG); the others are recognized only so the user hears what the file is
 * and how to convert it, instead of a vague "not an image".
 */
public enum ImageFormat {
    JPEG("JPEG", true, null),
    PNG("PNG", true, null),
    GIF("GIF", true, null),
    BMP("BMP", true, null),
    WEBP("WebP", true, null),
    HEIC("HEIC", false, "export it as JPEG (Photos: File → Export; iPhone: Settings → Camera → Formats → Most Compatible)"),
    AVIF("AVIF", false, "save or export it as JPEG or PNG first"),
    JPEG_XL("JPEG XL", false, "export it as JPEG or PNG first"),
    SVG("SVG", false, "vector drawings need to be exported as PNG first (Inkscape: File → Export)"),
    TIFF("TIFF", false, "export it as JPEG or PNG first"),
    PDF("PDF", false, "export the page as a PNG or JPEG image first"),
    ICO("ICO", false, "icons are too small for a pin; use a PNG or JPEG image"),
    PSD("Photoshop (PSD)", false, "export it as JPEG or PNG first (File → Export → Export As)"),
    RAW("camera RAW", false, "develop and export it as JPEG first");

    private final String displayName;
    private final boolean supported;
    private final String fix;

    ImageFormat(String displayName, boolean supported, String fix) {
        this.displayName = displayName;
        this.supported = supported;
        this.fix = fix;
    }

    public String displayName() {
        return displayName;
    }

    /** True when PinDesk can decode this format and turn it into a JPEG or PNG pin. */
    public boolean isSupported() {
        return supported;
    }

    /** The user-facing reason an unsupported format is refused, naming the format and the fix. */
    public String unsupportedMessage() {
        if (supported) {
            return displayName + " images are supported";
        }
        String what = this == HEIC ? "HEIC photos" : displayName + " files";
        return what + " can't be pinned directly: " + fix;
    }

    /** Lower-case name for logs and file extensions. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
