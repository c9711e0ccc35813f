package io.pindesk.ui.settings;

import io.pindesk.ui.common.StageIcons;
import io.pindesk.ui.common.Themes;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Settings: the Pinterest app (App ID, App secret into the keychain), the redirect URIs to register. */
public final class SettingsDialog {

    private final ResourceBundle resources;
    private final SettingsViewModel viewModel;

    public SettingsDialog(ResourceBundle resources, SettingsViewModel viewModel) {
        this.resources = resources;
        this.viewModel = viewModel;
    }

    public void show(Window owner) {
        viewModel.load();
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(resources.getString("settings.title"));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setId("settingsDialog");
        Themes.style(dialog.getDialogPane().getScene());
        if (dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) {
            StageIcons.apply(stage);
        }
        dialog.show();
    }

    private VBox content() {
        Label header = new Label(resources.getString("settings.app.header"));
        header.getStyleClass().add("title-3");
        TextField appId = new TextField();
        appId.textProperty().bindBidirectional(viewModel.appIdProperty());
        PasswordField secret = new PasswordField();
        secret.setPromptText(resources.getString("settings.app.appSecret.prompt"));
        secret.textProperty().bindBidirectional(viewModel.appSecretProperty());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, new Label(resources.getString("settings.app.appId")), appId);
        grid.addRow(1, new Label(resources.getString("settings.app.appSecret")), secret);
        GridPane.setHgrow(appId, Priority.ALWAYS);
        VBox redirects = new VBox(6);
        for (String uri : viewModel.redirectUris()) {
            TextField f = new TextField(uri);
            f.setEditable(false);
            HBox.setHgrow(f, Priority.ALWAYS);
            Button copy = new Button(resources.getString("signin.copy"));
            copy.setOnAction(e -> {
                ClipboardContent c = new ClipboardContent();
                c.putString(uri);
                Clipboard.getSystemClipboard().setContent(c);
            });
            redirects.getChildren().add(new HBox(6, f, copy));
        }
        Button save = new Button(resources.getString("settings.save"));
        save.getStyleClass().add("accent");
        save.setOnAction(e -> viewModel.save());
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(Bindings.createStringBinding(() -> viewModel.messageKeyProperty().get().isEmpty()
                ? viewModel.messageProperty().get() : resources.getString(viewModel.messageKeyProperty().get()),
                viewModel.messageProperty(), viewModel.messageKeyProperty()));
        Label storage = new Label();
        storage.getStyleClass().add("text-muted");
        storage.textProperty().bind(Bindings.createStringBinding(() -> viewModel.storageKeyProperty().get().isEmpty() ? ""
                : MessageFormat.format(resources.getString("settings.storage"),
                        resources.getString(viewModel.storageKeyProperty().get())), viewModel.storageKeyProperty()));
        HBox actions = new HBox(12, save, message);
        VBox box = new VBox(12, header, grid, new Label(resources.getString("settings.app.redirects")), redirects,
                actions, storage);
        box.setPadding(new Insets(8));
        box.setPrefWidth(520);
        return box;
    }
}
