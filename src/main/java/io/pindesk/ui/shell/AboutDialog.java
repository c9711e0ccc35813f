package io.pindesk.ui.shell;

import io.pindesk.store.AppDirs;
import io.pindesk.ui.common.StageIcons;
import io.pindesk.ui.common.Themes;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** "About PinDesk": version, runtime and where data and logs live (what support asks for first). */
public final class AboutDialog {

    private final ResourceBundle resources;
    private final String version;
    private final AppDirs dirs;

    public AboutDialog(ResourceBundle resources, String version, AppDirs dirs) {
        this.resources = resources;
        this.version = version;
        this.dirs = dirs;
    }

    public void show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(resources.getString("about.title"));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setId("aboutDialog");
        Themes.style(dialog.getDialogPane().getScene());
        if (dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) {
            StageIcons.apply(stage);
        }
        dialog.show();
    }

    private HBox content() {
        ImageView logo = new ImageView();
        var icons = StageIcons.all();
        if (!icons.isEmpty()) {
            Image largest = icons.get(icons.size() - 1);
            logo.setImage(largest);
            logo.setFitWidth(72);
            logo.setFitHeight(72);
            logo.setSmooth(true);
        }
        Label name = new Label("PinDesk");
        name.getStyleClass().add("title-2");
        Label versionLabel = new Label(MessageFormat.format(resources.getString("about.version"), version));
        versionLabel.setId("aboutVersion");
        Label tagline = new Label(resources.getString("about.tagline"));
        tagline.setWrapText(true);
        Label runtime = new Label(MessageFormat.format(resources.getString("about.runtime"),
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version", "?")));
        runtime.getStyleClass().add("text-muted");
        Label data = new Label(MessageFormat.format(resources.getString("about.data"), dirs.data()));
        Label logs = new Label(MessageFormat.format(resources.getString("about.logs"), dirs.logs()));
        data.getStyleClass().add("text-muted");
        logs.getStyleClass().add("text-muted");
        VBox text = new VBox(6, name, versionLabel, tagline, runtime, data, logs);
        text.setMaxWidth(420);
        HBox box = new HBox(20, logo, text);
        box.setAlignment(Pos.TOP_LEFT);
        box.setPadding(new Insets(8, 8, 0, 8));
        return box;
    }
}
