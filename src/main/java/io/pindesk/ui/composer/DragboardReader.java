package io.pindesk.ui.composer;

import io.pindesk.media.DropData;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies everything a Dragboard or Clipboard offers into a plain {@link DropData} (on the FX thread, where the
 * platform data must be read); the parsing and image work then happen off the FX thread in the media layer.
 */
public final class DragboardReader {

    private static final Logger LOG = LoggerFactory.getLogger(DragboardReader.class);

    private DragboardReader() {}

    public static DropData read(Clipboard board) {
        DropData.Builder b = DropData.builder();
        for (DataFormat format : board.getContentTypes()) {
            Object value;
            try {
                value = board.getContent(format);
            } catch (RuntimeException e) {
                LOG.debug("Could not read drop type {}: {}", format, e.toString());
                continue;
            }
            if (value instanceof String || value instanceof byte[] || value instanceof ByteBuffer
                    || value instanceof List<?>) {
                for (String id : format.getIdentifiers()) {
                    b.content(id, value);
                }
            }
        }
        if (board.hasFiles()) {
            b.files(board.getFiles().stream().map(File::toPath).toList());
        }
        if (board.hasUrl()) {
            b.url(board.getUrl());
        }
        if (board.hasHtml()) {
            b.html(board.getHtml());
        }
        if (board.hasString()) {
            b.plainText(board.getString());
        }
        if (board.hasImage() && !board.hasFiles()) {
            b.rawImage(png(board.getImage()));
        }
        return b.build();
    }

    /** True when a drag offers anything the composer might use (checked on DRAG_OVER). */
    public static boolean mayHaveImages(Clipboard board) {
        return board.hasFiles() || board.hasUrl() || board.hasHtml() || board.hasImage() || board.hasString();
    }

    private static byte[] png(Image image) {
        if (image == null) {
            return null;
        }
        try {
            BufferedImage bi = SwingFXUtils.fromFXImage(image, null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(bi, "png", out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not encode the dropped image: {}", e.toString());
            return null;
        }
    }
}
