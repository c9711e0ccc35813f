package io.pindesk.ui.shell;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** What the content area shows when signed in, until the library view replaces it at merge. */
public final class HomePlaceholderView {

    private final MainViewModel viewModel;

    @FXML private ResourceBundle resources;
    @FXML private Label homeTitle;
    @FXML private Label homeEnvironment;

    public HomePlaceholderView(MainViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        homeTitle.textProperty().bind(Bindings.createStringBinding(
                () -> MessageFormat.format(resources.getString("home.placeholder"), viewModel.usernameProperty().get()),
                viewModel.usernameProperty()));
        homeEnvironment.textProperty().bind(viewModel.environmentNameProperty());
    }
}
