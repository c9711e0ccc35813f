package io.pindesk.domain;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * The renditions Pinterest offers for a pin image, keyed as on the wire ({@code 150x150}, {@code 400x300},
 * {@code 600x}, {@code 1200x}, sometimes {@code originals}).
 */
public record PinImages(Map<String, PinImage> renditions) {

    public static final PinImages NONE = new PinImages(Map.of());

    public PinImages {
        renditions = renditions == null ? Map.of() : SmallMap.copyOf(renditions); // one per pin: kept small
    }

    public boolean isEmpty() {
        return renditions.isEmpty();
    }

    /** The smallest rendition at least {@code minWidth} wide, else the widest there is. */
    public Optional<PinImage> atLeast(int minWidth) {
        Comparator<PinImage> byWidth = Comparator.comparingInt(PinImages::widthOf);
        Optional<PinImage> fitting = renditions.values().stream()
                .filter(i -> widthOf(i) >= minWidth)
                .min(byWidth);
        return fitting.isPresent() ? fitting : largest();
    }

    public Optional<PinImage> largest() {
        PinImage originals = renditions.get("originals");
        if (originals != null) {
            return Optional.of(originals);
        }
        return renditions.values().stream().max(Comparator.comparingInt(PinImages::widthOf));
    }

    public Optional<PinImage> thumbnail() {
        PinImage square = renditions.get("150x150");
        return square != null ? Optional.of(square) : atLeast(150);
    }

    private static int widthOf(PinImage image) {
        return image.width() == null ? 0 : image.width();
    }
}
