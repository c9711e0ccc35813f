package io.pindesk.ui.signin;

import io.pindesk.service.AccountEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * The sign-in screen: a thin binding of {@link SignInViewModel} to the FXML. The Pinterest app form and the
 * running-sign-in panel are separate FXML files loaded the first time their step comes up, so the first frame
 * (usually the welcome panel, or no sign-in screen at all) does not pay for building and styling them.
 */
public final class SignInView {

    private final SignInViewModel viewModel;

    @FXML private ResourceBundle resources;
    @FXML private Label storageWarningLabel;
    @FXML private VBox card;
    @FXML private VBox choosePane;
    @FXML private javafx.scene.image.ImageView welcomeLogo;
    @FXML private VBox connectPane;
    @FXML private VBox waitingPane;
    @FXML private Button trySandboxButton;
    @FXML private Button connectButton;
    @FXML private Hyperlink closeLink;
    @FXML private ChoiceBox<AccountEnvironment> environmentChoice;
    @FXML private Label apiBaseLabel;
    @FXML private TextField apiBaseField;
    @FXML private TextField appIdField;
    @FXML private PasswordField appSecretField;
    @FXML private VBox redirectList;
    @FXML private Label progressLabel;
    @FXML private Label browserFailedLabel;
    @FXML private VBox urlBox;
    @FXML private TextField authorizeUrlField;
    @FXML private Button copyUrlButton;
    @FXML private TextField pastedField;
    @FXML private Label messageLabel;

    private boolean bound;

    public SignInView(SignInViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** FXMLLoader calls this after each file this controller serves; only the first (the screen itself) binds. */
    @FXML
    private void initialize() {
        if (bound) {
            return;
        }
        bound = true;
        welcomeLogo.setImage(io.pindesk.ui.common.StageIcons.icon(256));
        viewModel.stepProperty().addListener((obs, was, now) -> showStep(now));
        showStep(viewModel.stepProperty().get());

        bindShown(storageWarningLabel, viewModel.storageWarningProperty().isNotEmpty());
        storageWarningLabel.textProperty().bind(viewModel.storageWarningProperty());
        bindShown(closeLink, viewModel.dismissibleProperty());

        messageLabel.textProperty().bind(viewModel.messageProperty());
        bindShown(messageLabel, viewModel.messageProperty().isNotEmpty());
        viewModel.messageIsErrorProperty().addListener((obs, was, error) -> styleMessage(error));
        styleMessage(viewModel.messageIsErrorProperty().get());
    }

    /** The Pinterest app form, built and bound the first time it is needed. */
    private VBox connectPane() {
        if (connectPane == null) {
            load("SignInConnect.fxml");
            environmentChoice.getItems().setAll(viewModel.connectEnvironments());
            environmentChoice.setConverter(new StringConverter<>() {
                @Override
                public String toString(AccountEnvironment e) {
                    if (e == null) {
                        return "";
                    }
                    return resources.getString(switch (e) {
                        case PINTEREST -> "signin.env.pinterest";
                        case PINTEREST_SANDBOX -> "signin.env.pinterestSandbox";
                        default -> "signin.env.custom";
                    });
                }

                @Override
                public AccountEnvironment fromString(String s) {
                    return null;
                }
            });
            environmentChoice.valueProperty().bindBidirectional(viewModel.environmentProperty());
            var custom = viewModel.environmentProperty().isEqualTo(AccountEnvironment.CUSTOM);
            bindShown(apiBaseLabel, custom);
            bindShown(apiBaseField, custom);
            apiBaseField.textProperty().bindBidirectional(viewModel.apiBaseProperty());
            appIdField.textProperty().bindBidirectional(viewModel.appIdProperty());
            appSecretField.textProperty().bindBidirectional(viewModel.appSecretProperty());
            showRedirects();
            viewModel.redirectUris().addListener((ListChangeListener<String>) c -> showRedirects());
            insert(connectPane);
        }
        return connectPane;
    }

    /** The panel of a running sign-in, built and bound the first time one starts. */
    private VBox waitingPane() {
        if (waitingPane == null) {
            load("SignInWaiting.fxml");
            progressLabel.textProperty().bind(viewModel.progressProperty());
            bindShown(browserFailedLabel, viewModel.browserFailedProperty());
            bindShown(urlBox, viewModel.authorizeUrlProperty().isNotEmpty());
            // The address carries the one-time state: show it masked, copy it whole (Copy is the only way it leaves).
            authorizeUrlField.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> maskOneTimeValues(viewModel.authorizeUrlProperty().get()), viewModel.authorizeUrlProperty()));
            pastedField.textProperty().bindBidirectional(viewModel.pastedAddressProperty());
            insert(waitingPane);
        }
        return waitingPane;
    }

    private void load(String fxml) {
        FXMLLoader loader = new FXMLLoader(SignInView.class.getResource(fxml), resources);
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + fxml, e);
        }
    }

    /** Panels go above the message line, which belongs to every step. */
    private void insert(VBox pane) {
        card.getChildren().add(card.getChildren().indexOf(messageLabel), pane);
    }

    private void showStep(SignInViewModel.Step step) {
        setShown(choosePane, step == SignInViewModel.Step.CHOOSE);
        if (step == SignInViewModel.Step.CONNECT || connectPane != null) {
            setShown(connectPane(), step == SignInViewModel.Step.CONNECT);
        }
        if (step == SignInViewModel.Step.WAITING || waitingPane != null) {
            setShown(waitingPane(), step == SignInViewModel.Step.WAITING);
        }
    }

    private void showRedirects() {
        redirectList.getChildren().clear();
        for (String uri : viewModel.redirectUris()) {
            TextField field = new TextField(uri);
            field.setEditable(false);
            HBox.setHgrow(field, Priority.ALWAYS);
            Button copy = new Button(resources.getString("signin.copy"));
            copy.setOnAction(e -> copy(uri, copy));
            HBox row = new HBox(6, field, copy);
            row.getStyleClass().add("copy-row");
            redirectList.getChildren().add(row);
        }
    }

    private void styleMessage(boolean error) {
        messageLabel.getStyleClass().removeAll("danger-text", "text-muted");
        messageLabel.getStyleClass().add(error ? "danger-text" : "text-muted");
    }

    private static void bindShown(Node node, javafx.beans.value.ObservableBooleanValue shown) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(shown::get, shown));
        node.managedProperty().bind(node.visibleProperty());
    }

    private static void setShown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private void copy(String text, Button button) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        String label = resources.getString("signin.copy");
        button.setText(resources.getString("signin.copied"));
        PauseTransition back = new PauseTransition(Duration.seconds(1.5));
        back.setOnFinished(e -> button.setText(label));
        back.play();
    }

    @FXML
    private void trySandbox() {
        viewModel.trySandbox();
    }

    @FXML
    private void showConnect() {
        viewModel.showConnect();
    }

    @FXML
    private void back() {
        viewModel.back();
    }

    @FXML
    private void connect() {
        viewModel.connect();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void submitPasted() {
        viewModel.submitPastedAddress();
    }

    @FXML
    private void copyUrl() {
        copy(viewModel.authorizeUrlProperty().get(), copyUrlButton);
    }

    @FXML
    private void dismiss() {
        viewModel.dismiss();
    }

    static String maskOneTimeValues(String url) {
        return url == null ? "" : url.replaceAll("([?&](?:state|code_challenge)=)[^&]*", "$1\u2022\u2022\u2022");
    }
}
