package io.pindesk.media;

/**
 * What the header of an image says, read without decoding any pixels.
 *
 * @param orientation    EXIF orientation 1–8 (1 = as stored); only JPEG carries it here
 * @param components     colour components of a JPEG frame (1 gray, 3 YCbCr/RGB, 4 CMYK/YCCK); 0 otherwise
 * @param adobeTransform the Adobe APP14 colour transform (0 none, 1 YCbCr, 2 YCCK), or -1 without that marker
 */
public record ImageHeader(ImageFormat format, int width, int height, int orientation, int components,
                          int adobeTransform) {

    public static ImageHeader of(ImageFormat format, int width, int height) {
        return new ImageHeader(format, width, height, 1, 0, -1);
    }

    public long pixels() {
        return (long) width * height;
    }

    /** True when EXIF orientation turns the picture a quarter turn, swapping width and height. */
    public boolean swapsAxes() {
        return orientation >= 5 && orientation <= 8;
    }

    public int displayWidth() {
        return swapsAxes() ? height : width;
    }

    public int displayHeight() {
        return swapsAxes() ? width : height;
    }

    public boolean isCmyk() {
        return format == ImageFormat.JPEG && components == 4;
    }
}
