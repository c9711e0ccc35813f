package io.pindesk.ui.boards;

import io.pindesk.domain.Board;
import io.pindesk.domain.BoardPrivacy;
import io.pindesk.domain.Section;
import io.pindesk.service.BulkReport;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The small dialogs of the library: board form, section name, confirmations, move target and bulk report. */
public final class BoardDialogs {

    /** What the board form returns. */
    public record BoardForm(String name, String description, BoardPrivacy privacy) {}

    /** Where pins go: a board and optionally one of its sections. */
    public record Target(Board board, Section section) {}

    private final ResourceBundle bundle;

    public BoardDialogs(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    private String t(String key, Object... args) {
        return args.length == 0 ? bundle.getString(key) : MessageFormat.format(bundle.getString(key), args);
    }

    /** Create ({@code existing} null) or edit a board. Privacy offers what the spec allows for each. */
    public Optional<BoardForm> board(Window owner, Board existing) {
        Dialog<BoardForm> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(t(existing == null ? "board.dialog.createTitle" : "board.dialog.editTitle"));
        d.setHeaderText(d.getTitle());
        ButtonType ok = new ButtonType(t(existing == null ? "board.dialog.create" : "common.save"),
                ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        TextField name = new TextField(existing == null ? "" : existing.name());
        name.setId("boardNameField");
        name.setPromptText(t("board.dialog.namePrompt"));
        TextArea description = new TextArea(existing == null || existing.description() == null ? ""
                : existing.description());
        description.setPrefRowCount(3);
        description.setWrapText(true);
        ComboBox<BoardPrivacy> privacy = new ComboBox<>();
        boolean protectedNow = existing != null && existing.privacy() == BoardPrivacy.PROTECTED;
        privacy.getItems().addAll(BoardPrivacy.PUBLIC, BoardPrivacy.SECRET);
        if (protectedNow) {
            privacy.getItems().add(BoardPrivacy.PROTECTED); // kept as is; it cannot be set by an app
        }
        privacy.setConverter(converter(p -> t(BoardSort.privacyKey(p))));
        privacy.setValue(existing == null ? BoardPrivacy.PUBLIC : existing.privacy());
        Label note = new Label(t("board.dialog.privacyNote"));
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        GridPane grid = form();
        grid.addRow(0, new Label(t("board.dialog.name")), name);
        grid.addRow(1, new Label(t("board.dialog.description")), description);
        grid.addRow(2, new Label(t("board.dialog.privacy")), privacy);
        grid.add(note, 1, 3);
        d.getDialogPane().setContent(grid);
        Node okButton = d.getDialogPane().lookupButton(ok);
        okButton.disableProperty().bind(name.textProperty().isEmpty());
        d.setOnShown(e -> name.requestFocus());
        d.setResultConverter(b -> b == ok ? new BoardForm(name.getText().strip(), description.getText(),
                privacy.getValue()) : null);
        return d.showAndWait();
    }

    public Optional<String> sectionName(Window owner, Section existing) {
        TextInputDialog d = new TextInputDialog(existing == null ? "" : existing.name());
        d.initOwner(owner);
        d.setTitle(t(existing == null ? "section.dialog.createTitle" : "section.dialog.renameTitle"));
        d.setHeaderText(d.getTitle());
        d.setContentText(t("section.dialog.name"));
        d.getEditor().setId("sectionNameField");
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    public boolean confirm(Window owner, String title, String text, String action) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        a.setContentText(text);
        ButtonType go = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        a.getButtonTypes().setAll(ButtonType.CANCEL, go);
        return a.showAndWait().filter(b -> b == go).isPresent();
    }

    /** Chooses a board (and optionally a section of it) as the destination of a move or save. */
    public Optional<Target> target(Window owner, String title, List<Board> boards, Board preselect,
            Function<String, List<Section>> sectionsOf) {
        Dialog<Target> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(title);
        ButtonType ok = new ButtonType(title, ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        ComboBox<Board> board = new ComboBox<>(FXCollections.observableArrayList(boards));
        board.setId("targetBoardBox");
        board.setConverter(converter(Board::name));
        board.setButtonCell(cell(Board::name));
        board.setCellFactory(l -> cell(Board::name));
        ComboBox<Section> section = new ComboBox<>();
        String none = t("section.none");
        section.setConverter(new StringConverter<>() {
            @Override
            public String toString(Section s) {
                return s == null ? none : s.name();
            }

            @Override
            public Section fromString(String s) {
                return null;
            }
        });
        board.valueProperty().addListener((o, was, b) -> {
            section.getItems().setAll(b == null ? List.of() : sectionsOf.apply(b.id()));
            section.getItems().add(0, null);
            section.setValue(null);
        });
        board.setValue(preselect != null ? preselect : boards.isEmpty() ? null : boards.get(0));
        board.setPrefWidth(280);
        section.setPrefWidth(280);
        GridPane grid = form();
        grid.addRow(0, new Label(t("target.board")), board);
        grid.addRow(1, new Label(t("target.section")), section);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().lookupButton(ok).disableProperty().bind(board.valueProperty().isNull());
        d.getDialogPane().lookupButton(ok).setId("targetOkButton");
        d.setResultConverter(b -> b == ok ? new Target(board.getValue(), section.getValue()) : null);
        return d.showAndWait();
    }

    public void report(Window owner, BulkReport report) {
        Alert a = new Alert(report.allSucceeded() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING);
        a.initOwner(owner);
        a.setTitle(t("bulk.report.title"));
        a.setHeaderText(t("bulk.report.header", report.succeeded().size(), report.failed().size(),
                report.notAttempted().size()));
        if (!report.failed().isEmpty()) {
            StringBuilder text = new StringBuilder();
            report.failed().forEach((id, why) -> text.append(id).append(": ").append(why).append('\n'));
            TextArea area = new TextArea(text.toString());
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefRowCount(8);
            a.getDialogPane().setContent(new VBox(8, new Label(t("bulk.report.failures")), area));
        }
        a.show();
    }

    private static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new javafx.geometry.Insets(16, 20, 8, 20));
        return grid;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : text.apply(item));
            }
        };
    }
}
