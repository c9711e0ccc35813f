package io.pindesk.ui.shell;

import io.pindesk.service.AccountRecord;
import io.pindesk.ui.boards.LibraryView;
import io.pindesk.ui.common.Themes;
import io.pindesk.ui.common.Views;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
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
    @FXML private Label statusLabel;
    @FXML private ResourceBundle resources;
    @FXML private MenuButton accountMenu;
    @FXML private ImageView appLogo;
    @FXML private ImageView avatarImage;
    @FXML private Label accountName;
    @FXML private Label accountEnvironment;
    @FXML private HBox signInAgainBanner;
    @FXML private Label signInAgainMessage;
    @FXML private HBox storageBanner;
    @FXML private Label storageMessage;
    @FXML private javafx.scene.layout.StackPane content;
    @FXML private javafx.scene.layout.StackPane homePane;

    private final java.util.function.Consumer<javafx.stage.Window> openSettings;
    private final java.util.function.Supplier<Views.Loaded<LibraryView>> libraryScreens;
    private final java.util.function.Supplier<Node> signInScreens;
    private Views.Loaded<LibraryView> library;
    private final javafx.beans.property.ReadOnlyStringWrapper contentShown =
            new javafx.beans.property.ReadOnlyStringWrapper();
    private Node signInPane;

    public MainView(MainViewModel viewModel, AboutDialog about) {
        this(viewModel, about, owner -> { }, null, null);
    }

    /**
     * @param libraryScreens builds the library screen for the current account (null: none, for tests of the frame)
     * @param signInScreens  builds the sign-in screen, once, when it is first shown (null: none)
     */
    public MainView(MainViewModel viewModel, AboutDialog about, java.util.function.Consumer<javafx.stage.Window> openSettings,
            java.util.function.Supplier<Views.Loaded<LibraryView>> libraryScreens,
            java.util.function.Supplier<Node> signInScreens) {
        this.viewModel = viewModel;
        this.about = about;
        this.openSettings = openSettings;
        this.libraryScreens = libraryScreens;
        this.signInScreens = signInScreens;
    }

    /**
     * The sign-in screen is built the first time it is shown: a returning user's start never needs it, and its
     * controls would otherwise cost CSS and layout time before the first frame. Once built it stays, hidden.
     */
    private void showSignIn(boolean shown) {
        if (shown) {
            contentShown.set("sign-in");
        }
        if (signInPane == null) {
            if (!shown || signInScreens == null) {
                return;
            }
            signInPane = signInScreens.get();
            signInPane.setId("signInPane");
            content.getChildren().add(0, signInPane);
        }
        signInPane.setVisible(shown);
    }

    /** One library screen per account: a switch or sign-out stops the old one (its sync) before the next loads. */
    private void showLibraryFor(String accountKey) {
        if (library != null) {
            library.controller().viewModel().stop();
            homePane.getChildren().clear();
            library = null;
        }
        if (libraryScreens != null && accountKey != null && !accountKey.isEmpty()) {
            library = libraryScreens.get();
            homePane.getChildren().setAll(library.root());
            var state = library.controller().viewModel().stateProperty();
            if (state.get() != io.pindesk.ui.boards.LibraryViewModel.State.LOADING) {
                contentShown.set("library");
            } else {
                state.addListener((obs, was, now) -> {
                    if (now != io.pindesk.ui.boards.LibraryViewModel.State.LOADING && contentShown.get() == null) {
                        contentShown.set("library");
                    }
                });
            }
        }
    }

    /**
     * What the window first showed that the user came for — {@code "library"} (the current account's, from its saved
     * copy or its first sync) or {@code "sign-in"} — and null until then. {@code --smoke} and the startup benchmark
     * wait for it.
     */
    public javafx.beans.property.ReadOnlyStringProperty contentShownProperty() {
        return contentShown.getReadOnlyProperty();
    }

    @FXML
    private void initialize() {
        appLogo.setImage(io.pindesk.ui.common.StageIcons.icon(64));
        bindAccount();
        viewModel.start();
        viewModel.darkThemeProperty().addListener((obs, was, dark) -> showTheme(dark));
        showTheme(viewModel.isDarkTheme());
        problemLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.problemProperty().get().isEmpty() ? "" : resources.getString(viewModel.problemProperty().get()),
                viewModel.problemProperty()));
    }

    private void bindAccount() {
        viewModel.currentAccountKeyProperty().addListener((obs, was, key) -> showLibraryFor(key));
        showLibraryFor(viewModel.currentAccountKeyProperty().get());
        viewModel.showSignInProperty().addListener((obs, was, shown) -> showSignIn(shown));
        showSignIn(viewModel.showSignInProperty().get());
        homePane.visibleProperty().bind(viewModel.showSignInProperty().not().and(viewModel.signedInProperty()));
        accountMenu.visibleProperty().bind(viewModel.signedInProperty());
        accountMenu.managedProperty().bind(accountMenu.visibleProperty());
        accountName.textProperty().bind(viewModel.usernameProperty());
        accountEnvironment.textProperty().bind(viewModel.environmentNameProperty());
        avatarImage.setClip(new Circle(14, 14, 14));
        viewModel.avatarUrlProperty().addListener((obs, was, url) -> showAvatar(url));
        signInAgainBanner.visibleProperty().bind(viewModel.needsSignInProperty());
        signInAgainBanner.managedProperty().bind(signInAgainBanner.visibleProperty());
        signInAgainMessage.textProperty().bind(viewModel.needsSignInMessageProperty());
        storageBanner.visibleProperty().bind(viewModel.storageWarningProperty().isNotEmpty());
        storageBanner.managedProperty().bind(storageBanner.visibleProperty());
        storageMessage.textProperty().bind(viewModel.storageWarningProperty());
        statusLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.signedInProperty().get()
                ? MessageFormat.format(resources.getString("main.status.signedIn"), viewModel.usernameProperty().get(),
                        viewModel.environmentNameProperty().get())
                : resources.getString(viewModel.restoringProperty().get() ? "account.restoring" : "main.status.signedOut"),
                viewModel.signedInProperty(), viewModel.usernameProperty(), viewModel.environmentNameProperty(),
                viewModel.restoringProperty()));
        viewModel.accountList().addListener((ListChangeListener<AccountRecord>) c -> buildAccountMenu());
        viewModel.signedInProperty().addListener((obs, was, now) -> buildAccountMenu());
        buildAccountMenu();
    }

    private void showAvatar(String url) {
        // Image loads in the background by itself; a broken or missing URL just leaves the person icon.
        avatarImage.setImage(url == null || url.isBlank() ? null : new Image(url, 56, 56, true, true, true));
    }

    private void buildAccountMenu() {
        accountMenu.getItems().clear();
        for (AccountRecord other : viewModel.otherAccounts()) {
            MenuItem item = new MenuItem(resources.getString("account.menu.switch") + " " + other.label());
            item.setOnAction(e -> viewModel.switchTo(other.key()));
            accountMenu.getItems().add(item);
        }
        if (!accountMenu.getItems().isEmpty()) {
            accountMenu.getItems().add(new SeparatorMenuItem());
        }
        MenuItem add = new MenuItem(resources.getString("account.menu.add"));
        add.setId("addAccountItem");
        add.setOnAction(e -> viewModel.addAccount());
        MenuItem settings = new MenuItem(resources.getString("account.menu.settings"));
        settings.setId("settingsItem");
        settings.setOnAction(e -> openSettings.accept(root.getScene().getWindow()));
        MenuItem signOut = new MenuItem(resources.getString("account.menu.signOut"));
        signOut.setId("signOutItem");
        signOut.setOnAction(e -> viewModel.signOut());
        accountMenu.getItems().addAll(add, settings, new SeparatorMenuItem(), signOut);
    }

    @FXML
    private void signInAgain() {
        viewModel.signInAgain();
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
