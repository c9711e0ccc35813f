package io.pindesk.sandbox;

/**
 * One stored image. Demo images are {@code drawn} from {@code drawSeed} on first request; uploaded ones keep
 * their original bytes in the data folder (or memory). Plain fields so Gson can persist it.
 */
final class PinImage {
    String id;
    int width;
    int height;
    String color;
    /** "jpg" or "png": the format of the original. */
    String format;
    long drawSeed;
    boolean drawn;

    static PinImage drawn(String id, int width, int height, String color, long seed) {
        PinImage i = new PinImage();
        i.id = id;
        i.width = width;
        i.height = height;
        i.color = color;
        i.format = "jpg";
        i.drawSeed = seed;
        i.drawn = true;
        return i;
    }

    static PinImage uploaded(String id, int width, int height, String color, String format) {
        PinImage i = new PinImage();
        i.id = id;
        i.width = width;
        i.height = height;
        i.color = color;
        i.format = format;
        return i;
    }
}
