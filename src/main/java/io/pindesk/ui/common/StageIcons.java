package io.pindesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The PinDesk icon in every size the window manager may pick from, also shown in the main window's header and on
 * the welcome screen. Each size is decoded once and shared; the sizes the first frame shows can be decoded on a
 * background thread while the window is being built (a cold 256 px decode is a noticeable share of that work).
 */
public final class StageIcons {

    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};
    private static final Map<Integer, CompletableFuture<Image>> DECODED = new ConcurrentHashMap<>();

    private StageIcons() {}

    /** Starts decoding these sizes on {@code executor}. Needs the running JavaFX toolkit, not its thread. */
    public static void prefetch(Executor executor, int... sizes) {
        for (int size : sizes) {
            DECODED.computeIfAbsent(size, s -> CompletableFuture.supplyAsync(() -> decode(s), executor));
        }
    }

    /** The icon of one size: decoded now, or taken from (or waited for) an earlier decode. */
    public static Image icon(int size) {
        return DECODED.computeIfAbsent(size, s -> CompletableFuture.completedFuture(decode(s))).join();
    }

    public static List<Image> all() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            icons.add(icon(size));
        }
        return icons;
    }

    public static void apply(Stage stage) {
        stage.getIcons().setAll(all());
    }

    private static Image decode(int size) {
        return new Image(Objects.requireNonNull(StageIcons.class.getResource("/io/pindesk/icons/app-" + size + ".png"),
                "app icon " + size).toExternalForm());
    }
}
