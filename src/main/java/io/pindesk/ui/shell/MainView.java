package io.pindesk.ui.shell;

import io.pindesk.ui.common.Themes;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's frame: header with the theme switch and About, the current screen, a status line. */
public final class MainView {

    private final MainViewModel viewModel;
    private final AboutDialog about;

    @FXML private BorderPane root;
    @FXML private Button themeToggle;
    @FXML private FontIcon themeIcon;
    @FXML private Label problemLabel;
    @FXML private ResourceBundle resources;

    public MainView(MainViewModel viewModel, AboutDialog about) {
        this.viewModel = viewModel;
        this.about = about;
    }

    @FXML
    private void initialize() {
        viewModel.darkThemeProperty().addListener((obs, was, dark) -> showTheme(dark));
        showTheme(viewModel.isDarkTheme());
        problemLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.problemProperty().get().isEmpty() ? "" : resources.getString(viewModel.problemProperty().get()),
                viewModel.problemProperty()));
    }

    private void showTheme(boolean dark) {
        Themes.apply(dark);
        if (dark) {
            if (!root.getStyleClass().contains("dark")) {
                root.getStyleClass().add("dark");
            }
        } else {
            root.getStyleClass().remove("dark");
        }
        themeIcon.setIconLiteral(dark ? "fth-sun" : "fth-moon");
        themeToggle.setTooltip(new Tooltip(resources.getString(dark ? "main.theme.toLight" : "main.theme.toDark")));
    }

    @FXML
    private void toggleTheme() {
        viewModel.toggleTheme();
    }

    @FXML
    private void showAbout() {
        about.show(root.getScene().getWindow());
    }
}
