package io.pindesk.ui.signin;

import javafx.fxml.FXML;
import javafx.scene.control.Button;

/**
 * The welcome screen shown while no account is signed in. A placeholder until the sign-in flow is wired:
 * its buttons stay disabled and a note says why.
 */
public final class SignInView {

    @FXML private Button trySandboxButton;
    @FXML private Button connectButton;

    @FXML
    private void initialize() {
        trySandboxButton.setDisable(true);
        connectButton.setDisable(true);
    }
}
