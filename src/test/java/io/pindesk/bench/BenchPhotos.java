package io.pindesk.bench;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Camera-sized JPEGs for the publishing benchmarks, drawn in a separate JVM. Drawing twenty 3000×4500 pictures in
 * the measured process left about a gigabyte of dead 54 MB rasters in its old generation, and G1 chose the first
 * dropped image's pulse to start cleaning them up (two back-to-back pauses of 10–15 ms, in every run looked at):
 * the benchmark was timing its own set-up. An app that a user drops photos on has not drawn them.
 */
public final class BenchPhotos {

    private BenchPhotos() {}

    /** Writes {@code count} photos of width×height into {@code dir} from a child JVM; returns their paths. */
    public static List<Path> inChildJvm(Path dir, int count, int width, int height)
            throws IOException, InterruptedException {
        ChildJvm.Output out = ChildJvm.run(List.of("-Xmx512m", "-Djava.awt.headless=true"),
                BenchPhotos.class.getName(), List.of(dir.toString(), String.valueOf(count), String.valueOf(width),
                        String.valueOf(height)), Map.of(), 600);
        if (out.exitCode() != 0) {
            throw new IOException("Could not draw the benchmark's photos:\n" + out.text());
        }
        return paths(dir, count);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int width = Integer.parseInt(args[2]);
        int height = Integer.parseInt(args[3]);
        List<Path> paths = paths(dir, count);
        for (int i = 0; i < count; i++) {
            BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setPaint(new GradientPaint(0, 0, new Color(40 + i * 9 % 200, 90, 160), width, height,
                    new Color(240, 200, i * 12 % 255)));
            g.fillRect(0, 0, width, height);
            g.dispose();
            ImageIO.write(img, "jpg", paths.get(i).toFile());
        }
    }

    private static List<Path> paths(Path dir, int count) {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            paths.add(dir.resolve("photo-" + i + ".jpg"));
        }
        return paths;
    }
}
