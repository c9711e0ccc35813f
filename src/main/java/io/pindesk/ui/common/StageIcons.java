package io.pindesk.ui.common;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The PinDesk icon in every size the window manager may pick from. */
public final class StageIcons {

    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private StageIcons() {}

    public static List<Image> all() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            InputStream in = StageIcons.class.getResourceAsStream("/io/pindesk/icons/app-" + size + ".png");
            if (in != null) {
                icons.add(new Image(in));
            }
        }
        return icons;
    }

    public static void apply(Stage stage) {
        stage.getIcons().setAll(all());
    }
}
