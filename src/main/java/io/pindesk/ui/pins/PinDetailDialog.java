package io.pindesk.ui.pins;

import io.pindesk.domain.Board;
import io.pindesk.domain.Pin;
import io.pindesk.domain.PinImage;
import io.pindesk.media.ThumbnailCache;
import io.pindesk.service.PinEdit;
import io.pindesk.ui.common.LinkOpener;
import io.pindesk.ui.common.ThumbnailSource;
import java.net.URI;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The pin detail: the large image, the editable title, description, link and alt text with live counters and
 * the composer's limits, open-link, and save, delete (confirmed), move and save-to-board. Actions the account
 * cannot do are disabled with the reason as tooltip.
 */
public final class PinDetailDialog {

    /** Asks the library screen for a destination and runs the move or save. */
    public interface Targets {
        void move(Window owner, PinDetailViewModel vm);

        void saveTo(Window owner, PinDetailViewModel vm);

        boolean confirmDelete(Window owner, Pin pin);
    }

    private final ResourceBundle bundle;
    private final ThumbnailSource thumbnails;
    private final LinkOpener browser;

    public PinDetailDialog(ResourceBundle bundle, ThumbnailSource thumbnails, LinkOpener browser) {
        this.bundle = bundle;
        this.thumbnails = thumbnails;
        this.browser = browser;
    }

    private String t(String key, Object... args) {
        return args.length == 0 ? bundle.getString(key) : MessageFormat.format(bundle.getString(key), args);
    }

    /** Shows {@code pin} with a fresh view-model (one per dialog, so nothing stays bound to a closed one). */
    public void show(Window owner, PinDetailViewModel vm, Pin pin, Board board, Targets targets) {
        vm.show(pin, board);
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(pin.title() == null || pin.title().isBlank() ? t("pin.untitled") : pin.title());
        d.setResizable(true);
        d.getDialogPane().getStyleClass().add("pin-detail");

        StackPane imageBox = new StackPane();
        imageBox.getStyleClass().add("pin-detail-image");
        imageBox.setStyle("-fx-background-color: " + PinCell.tint(pin.dominantColor()) + ";");
        ImageView image = new ImageView();
        image.setPreserveRatio(true);
        image.setFitWidth(440);
        image.setFitHeight(560);
        imageBox.getChildren().add(image);
        double boxHeight = Math.min(560, 440 * MasonryView.aspect(pin));
        imageBox.setPrefSize(440, boxHeight);
        imageBox.setMinSize(440, boxHeight);
        imageBox.setMaxSize(440, boxHeight);
        double scale = owner == null ? 1 : owner.getOutputScaleX();
        PinImage big = ThumbnailCache.pick(pin.images(), 440, scale).orElse(null);
        if (big != null) {
            thumbnails.load(big.url(), (int) (440 * scale)).thenAccept(img -> Platform.runLater(() -> image.setImage(img)));
        }

        TextField title = field(vm.titleProperty(), "pinTitleField");
        TextArea description = area(vm.descriptionProperty(), 5);
        TextField link = field(vm.linkProperty(), "pinLinkField");
        TextArea alt = area(vm.altTextProperty(), 2);
        Button open = new Button(null, new FontIcon("fth-external-link"));
        open.getStyleClass().addAll("flat", "button-icon");
        open.setTooltip(new Tooltip(t("pin.openLink")));
        open.disableProperty().bind(Bindings.createBooleanBinding(() -> !PinEdit.isWebLink(vm.linkProperty().get()),
                vm.linkProperty()));
        open.setOnAction(e -> browser.open(URI.create(vm.linkProperty().get().strip())));
        HBox.setHgrow(link, Priority.ALWAYS);
        HBox linkRow = new HBox(6, link, open);
        linkRow.setAlignment(Pos.CENTER_LEFT);

        Label problems = new Label();
        problems.getStyleClass().add("danger-text");
        problems.setWrapText(true);
        problems.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", vm.problems()),
                vm.problems()));
        Label status = new Label();
        status.setWrapText(true);
        status.textProperty().bind(Bindings.createStringBinding(() -> !vm.errorProperty().get().isEmpty()
                ? vm.errorProperty().get() : vm.doneProperty().get().isEmpty() ? "" : t(vm.doneProperty().get()),
                vm.errorProperty(), vm.doneProperty()));
        status.styleProperty().bind(Bindings.when(vm.errorProperty().isEmpty()).then("").otherwise(
                "-fx-text-fill: -color-danger-fg;"));

        String editDenied = vm.editDenied();
        for (TextInputControl c : new TextInputControl[] {title, description, link, alt}) {
            c.setEditable(editDenied == null);
        }
        VBox form = new VBox(6,
                labelled("pin.title", vm.titleProperty(), PinEdit.TITLE_MAX), title,
                labelled("pin.description", vm.descriptionProperty(), PinEdit.DESCRIPTION_MAX), description,
                labelled("pin.link", vm.linkProperty(), PinEdit.LINK_MAX), linkRow,
                labelled("pin.altText", vm.altTextProperty(), PinEdit.ALT_TEXT_MAX), alt,
                problems, status);
        if (editDenied != null) {
            Label why = new Label(editDenied);
            why.setWrapText(true);
            why.getStyleClass().add("text-muted");
            form.getChildren().add(0, why);
        }
        form.setPrefWidth(400);
        form.setMinWidth(400);
        HBox.setHgrow(form, Priority.ALWAYS);
        HBox content = new HBox(24, imageBox, form);
        content.setAlignment(Pos.TOP_LEFT);
        content.setPadding(new Insets(8));
        d.getDialogPane().setContent(content);

        ButtonType save = new ButtonType(t("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType move = new ButtonType(t("pin.move"), ButtonBar.ButtonData.LEFT);
        ButtonType saveTo = new ButtonType(t("pin.saveTo"), ButtonBar.ButtonData.LEFT);
        ButtonType delete = new ButtonType(t("pin.delete"), ButtonBar.ButtonData.LEFT);
        ButtonType close = new ButtonType(t("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(delete, move, saveTo, save, close);
        Button saveButton = (Button) d.getDialogPane().lookupButton(save);
        saveButton.setId("pinSaveButton");
        saveButton.getStyleClass().add("accent");
        saveButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.canSave(),
                vm.dirtyProperty(), vm.problems(), vm.busyProperty()));
        intercept(d, saveButton, () -> vm.save());
        Button deleteButton = (Button) d.getDialogPane().lookupButton(delete);
        deleteButton.getStyleClass().add("danger");
        deny(deleteButton, vm.deleteDenied());
        intercept(d, deleteButton, () -> {
            if (targets.confirmDelete(d.getDialogPane().getScene().getWindow(), vm.pinProperty().get())) {
                vm.delete();
            }
        });
        Button moveButton = (Button) d.getDialogPane().lookupButton(move);
        moveButton.setId("pinMoveButton");
        deny(moveButton, vm.moveDenied());
        intercept(d, moveButton, () -> targets.move(d.getDialogPane().getScene().getWindow(), vm));
        Button saveToButton = (Button) d.getDialogPane().lookupButton(saveTo);
        deny(saveToButton, vm.saveToDenied());
        intercept(d, saveToButton, () -> targets.saveTo(d.getDialogPane().getScene().getWindow(), vm));

        vm.doneProperty().addListener((o, was, key) -> {
            if ("pin.done.deleted".equals(key) || "pin.done.moved".equals(key)) {
                d.close();
            }
        });
        d.show();
    }

    /** Runs {@code action} instead of closing the dialog. */
    private static void intercept(Dialog<?> d, Button button, Runnable action) {
        button.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            action.run();
        });
    }

    private static void deny(Button button, String reason) {
        if (reason != null) {
            button.setDisable(true);
            // A disabled control shows no tooltip; the reason goes into the accessible help and the dialog text.
            button.setAccessibleHelp(reason);
        }
    }

    private Label labelled(String key, StringProperty text, int max) {
        Label l = new Label();
        l.getStyleClass().add("field-label");
        l.textProperty().bind(Bindings.createStringBinding(() -> t(key) + "  " + MessageFormat.format(
                t("pin.counter"), text.get().codePointCount(0, text.get().length()), max), text));
        return l;
    }

    private static TextField field(StringProperty p, String id) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static TextArea area(StringProperty p, int rows) {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        a.textProperty().bindBidirectional(p);
        return a;
    }

    static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
