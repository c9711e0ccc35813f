package io.pindesk.sandbox;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Draws the demo pictures: a gradient with soft shapes, all derived from one seed so every start produces the same
 * bytes. No text, so it needs no fonts (headless servers often have none).
 */
final class DemoArt {

    private static final int[] PALETTE = {0xE60023, 0x6E7874, 0x2B6CB0, 0xD69E2E, 0x38A169, 0x805AD5, 0xDD6B20,
        0x319795, 0xB83280, 0x4A5568, 0xC05621, 0x2C7A7B, 0x9F7AEA, 0xE53E3E, 0x3182CE, 0x718096};

    private DemoArt() {}

    static String color(long seed) {
        return String.format("#%06X", PALETTE[Math.floorMod(seed, PALETTE.length)]);
    }

    /**
     * Draws the picture of {@code seed} at {@code width×height}; smaller sizes give the same picture scaled, so a
     * rendition can be drawn at its own size instead of drawing the original and shrinking it.
     */
    static BufferedImage draw(long seed, int width, int height) {
        Random r = new Random(seed);
        Color base = new Color(PALETTE[Math.floorMod(seed, PALETTE.length)]);
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, base, width, height, base.darker().darker()));
            g.fillRect(0, 0, width, height);
            int shapes = 5 + r.nextInt(6);
            int side = Math.min(width, height);
            // Only size-independent draws (fractions, palette picks), so every rendition is the same picture.
            for (int i = 0; i < shapes; i++) {
                g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.25f + r.nextFloat() * 0.35f));
                g.setColor(new Color(PALETTE[r.nextInt(PALETTE.length)]).brighter());
                int size = (int) (side * (0.15 + r.nextDouble() * 0.5));
                int x = (int) (r.nextDouble() * width) - size / 2;
                int y = (int) (r.nextDouble() * height) - size / 2;
                boolean oval = r.nextBoolean();
                double stretch = 0.5 + r.nextDouble();
                if (oval) {
                    g.fillOval(x, y, size, size);
                } else {
                    g.fillRoundRect(x, y, size, (int) (size * stretch), size / 5, size / 5);
                }
            }
        } finally {
            g.dispose();
        }
        return img;
    }
}
