package io.pindesk.service;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Small generated JPEGs for publishing tests. */
final class TestImages {
    private TestImages() {}

    static Path jpeg(Path dir, String name, int seed) throws IOException {
        BufferedImage img = new BufferedImage(120, 180, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color((seed * 70) % 256, (seed * 130) % 256, (seed * 30 + 90) % 256));
        g.fillRect(0, 0, 120, 180);
        g.dispose();
        Path file = dir.resolve(name + ".jpg");
        ImageIO.write(img, "jpg", file.toFile());
        return file;
    }
}
