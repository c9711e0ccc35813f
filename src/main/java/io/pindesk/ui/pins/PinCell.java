package io.pindesk.ui.pins;

import io.pindesk.domain.Pin;
import io.pindesk.domain.PinImage;
import io.pindesk.media.ThumbnailCache;
import io.pindesk.ui.common.ThumbnailSource;
import java.util.concurrent.CompletableFuture;
import javafx.animation.FadeTransition;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One pin in the masonry grid: a placeholder tinted with the pin's {@code dominant_color} at the final size, the
 * thumbnail fading in over it once loaded, the title underneath, and selection/focus marks. Cells are recycled:
 * {@link #show} rebinds one to another pin and abandons the previous pin's pending image.
 */
final class PinCell extends Region {

    static final double CAPTION = 30;

    private final Region placeholder = new Region();
    private final ImageView image = new ImageView();
    private final Label caption = new Label();
    private final StackPane check = new StackPane(new FontIcon("fth-check"));
    private final Rectangle clip = new Rectangle();
    private final ThumbnailSource thumbnails;
    private Pin pin;
    private int index = -1;
    private String requestedUrl;
    private int requestedPixels;
    private CompletableFuture<Image> pending;

    PinCell(ThumbnailSource thumbnails) {
        this.thumbnails = thumbnails;
        getStyleClass().add("pin-cell");
        placeholder.getStyleClass().add("pin-placeholder");
        image.setPreserveRatio(false);
        image.setSmooth(true);
        clip.setArcWidth(18);
        clip.setArcHeight(18);
        placeholder.setClip(null);
        caption.getStyleClass().add("pin-caption");
        check.getStyleClass().add("pin-check");
        check.setAlignment(Pos.CENTER);
        check.setVisible(false);
        getChildren().addAll(placeholder, image, caption, check);
        image.setClip(clip);
    }

    int index() {
        return index;
    }

    Pin pin() {
        return pin;
    }

    /** Binds to {@code p} at {@code i}, or unbinds (hidden, image released) when {@code p} is null. */
    void show(Pin p, int i, boolean selected, boolean focused) {
        boolean samePin = p != null && pin != null && p.id().equals(pin.id()) && p.equals(pin);
        pin = p;
        index = i;
        setVisible(p != null);
        if (p == null) {
            cancelPending();
            image.setImage(null);
            requestedUrl = null;
            return;
        }
        if (!samePin) {
            cancelPending();
            image.setImage(null);
            requestedUrl = null;
            caption.setText(p.title() == null || p.title().isBlank() ? "" : p.title());
            placeholder.setStyle("-fx-background-color: " + tint(p.dominantColor()) + ";");
        }
        mark(selected, focused);
    }

    void mark(boolean selected, boolean focused) {
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), selected);
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("focused-cell"), focused);
        check.setVisible(selected);
    }

    /** Asks for the thumbnail at the width this cell is shown, in device pixels. */
    void requestImage(double width, double scale) {
        if (pin == null) {
            return;
        }
        PinImage rendition = ThumbnailCache.pick(pin.images(), width, scale).orElse(null);
        if (rendition == null) {
            return;
        }
        int pixels = (int) Math.ceil(width * Math.max(1, scale));
        if (rendition.url().equals(requestedUrl) && pixels <= requestedPixels) {
            return;
        }
        cancelPending();
        requestedUrl = rendition.url();
        requestedPixels = pixels;
        Image hit = thumbnails.cached(rendition.url(), pixels);
        if (hit != null) {
            image.setImage(hit);
            image.setOpacity(1);
            return;
        }
        String wantedPin = pin.id();
        CompletableFuture<Image> future = thumbnails.load(rendition.url(), pixels);
        pending = future;
        future.whenComplete((img, error) -> {
            if (img != null) {
                Platform.runLater(() -> {
                    if (pin != null && pin.id().equals(wantedPin) && pending == future) {
                        image.setImage(img);
                        image.setOpacity(0);
                        FadeTransition fade = new FadeTransition(Duration.millis(160), image);
                        fade.setToValue(1);
                        fade.play();
                    }
                });
            }
        });
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double imageHeight = Math.max(0, getHeight() - CAPTION);
        placeholder.resizeRelocate(0, 0, w, imageHeight);
        image.relocate(0, 0);
        image.setFitWidth(w);
        image.setFitHeight(imageHeight);
        clip.setWidth(w);
        clip.setHeight(imageHeight);
        caption.resizeRelocate(4, imageHeight + 4, Math.max(0, w - 8), CAPTION - 6);
        check.resizeRelocate(w - 34, 8, 26, 26);
    }

    /** The pin's dominant colour, softened so text and marks stay readable; grey when unknown or invalid. */
    static String tint(String dominant) {
        try {
            Color c = dominant == null ? Color.web("#b0b0b0") : Color.web(dominant);
            return toHex(c.interpolate(Color.web("#9e9e9e"), 0.15));
        } catch (IllegalArgumentException e) {
            return "#b0b0b0";
        }
    }

    private static String toHex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
