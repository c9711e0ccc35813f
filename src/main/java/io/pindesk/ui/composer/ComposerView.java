package io.pindesk.ui.composer;

import io.pindesk.domain.Board;
import io.pindesk.domain.BoardPrivacy;
import io.pindesk.domain.Section;
import io.pindesk.service.Draft;
import java.io.File;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/** The composer window's thin controller: binds the view-model, turns drops/pastes into DropData, keyboard. */
public final class ComposerView {

    private final ComposerViewModel viewModel;
    private final ZoneId zone;
    private final java.util.Map<ComposerImage, Image> thumbnails = new java.util.WeakHashMap<>();
    private ComposerImage previewOf; // whose picture the preview shows

    @FXML private BorderPane root;
    @FXML private StackPane dropZone;
    @FXML private ProgressBar progress;
    @FXML private ListView<ComposerImage> imageList;
    @FXML private ListView<Draft> draftList;
    @FXML private VBox imageEditor;
    @FXML private TextField imageTitle;
    @FXML private TextField imageDescription;
    @FXML private TextField imageLink;
    @FXML private TextField imageAlt;
    @FXML private TextField boardFilter;
    @FXML private ComboBox<Board> boardBox;
    @FXML private ComboBox<Section> sectionBox;
    @FXML private Label titleLabel;
    @FXML private TextField titleField;
    @FXML private Label titleCounter;
    @FXML private Label titleError;
    @FXML private Label descriptionLabel;
    @FXML private TextArea descriptionField;
    @FXML private Label descriptionCounter;
    @FXML private Label descriptionError;
    @FXML private Label linkLabel;
    @FXML private TextField linkField;
    @FXML private Label linkCounter;
    @FXML private Label linkError;
    @FXML private Label altLabel;
    @FXML private TextArea altField;
    @FXML private Label altCounter;
    @FXML private Label altError;
    @FXML private CheckBox carouselBox;
    @FXML private Label imagesError;
    @FXML private DatePicker publishDate;
    @FXML private TextField publishTime;
    @FXML private Label zoneLabel;
    @FXML private Label notices;
    @FXML private ImageView previewImage;
    @FXML private javafx.scene.layout.Region previewPlaceholder;
    @FXML private Label previewTitle;
    @FXML private Label previewDescription;
    @FXML private Label previewBoard;
    @FXML private Label status;
    @FXML private Label problem;
    @FXML private Button publishButton;
    @FXML private Label publishHint;
    @FXML private ResourceBundle resources;

    public ComposerView(ComposerViewModel viewModel, ZoneId zone) {
        this.viewModel = viewModel;
        this.zone = zone;
    }

    @FXML
    private void initialize() {
        titleField.textProperty().bindBidirectional(viewModel.titleProperty());
        descriptionField.textProperty().bindBidirectional(viewModel.descriptionProperty());
        linkField.textProperty().bindBidirectional(viewModel.linkProperty());
        altField.textProperty().bindBidirectional(viewModel.altTextProperty());
        carouselBox.selectedProperty().bindBidirectional(viewModel.carouselProperty());
        titleLabel.setLabelFor(titleField);
        descriptionLabel.setLabelFor(descriptionField);
        linkLabel.setLabelFor(linkField);
        altLabel.setLabelFor(altField);

        titleCounter.textProperty().bind(viewModel.counter(viewModel.titleProperty(), ComposerValidation.TITLE_MAX));
        descriptionCounter.textProperty().bind(viewModel.counter(viewModel.descriptionProperty(),
                ComposerValidation.DESCRIPTION_MAX));
        linkCounter.textProperty().bind(viewModel.counter(viewModel.linkProperty(), ComposerValidation.LINK_MAX));
        altCounter.textProperty().bind(viewModel.counter(viewModel.altTextProperty(), ComposerValidation.ALT_TEXT_MAX));
        titleError.textProperty().bind(viewModel.titleErrorProperty());
        descriptionError.textProperty().bind(viewModel.descriptionErrorProperty());
        linkError.textProperty().bind(viewModel.linkErrorProperty());
        altError.textProperty().bind(viewModel.altTextErrorProperty());
        imagesError.textProperty().bind(viewModel.imagesErrorProperty());
        for (Label error : List.of(titleError, descriptionError, linkError, altError, imagesError)) {
            error.managedProperty().bind(error.textProperty().isNotEmpty());
            error.visibleProperty().bind(error.textProperty().isNotEmpty());
        }
        notices.managedProperty().bind(notices.textProperty().isNotEmpty());
        markInvalid(titleField, viewModel.titleErrorProperty());
        markInvalid(descriptionField, viewModel.descriptionErrorProperty());
        markInvalid(linkField, viewModel.linkErrorProperty());
        markInvalid(altField, viewModel.altTextErrorProperty());

        boardFilter.textProperty().bindBidirectional(viewModel.boardFilterProperty());
        boardBox.setItems(viewModel.filteredBoards());
        boardBox.setConverter(named(b -> b.name() + (b.privacy() == BoardPrivacy.SECRET ? "  (secret)" : "")));
        boardBox.valueProperty().bindBidirectional(viewModel.boardProperty());
        sectionBox.setItems(viewModel.sections());
        sectionBox.setConverter(named(Section::name));
        sectionBox.valueProperty().bindBidirectional(viewModel.sectionProperty());
        sectionBox.disableProperty().bind(Bindings.isEmpty(viewModel.sections()));
        sectionBox.setPromptText(resources.getString("composer.section.none"));

        imageList.setItems(viewModel.images());
        imageList.setCellFactory(l -> new ImageCell());
        imageList.setPlaceholder(new Label(resources.getString("composer.images.none")));
        imageList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> editImage(was, now));
        draftList.setItems(viewModel.savedDrafts());
        draftList.setCellFactory(l -> new DraftCell());
        draftList.setPlaceholder(new Label(resources.getString("composer.drafts.none")));
        draftList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && draftList.getSelectionModel().getSelectedItem() != null) {
                viewModel.openDraft(draftList.getSelectionModel().getSelectedItem());
            }
        });

        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.managedProperty().bind(viewModel.busyProperty());
        status.textProperty().bind(viewModel.statusProperty());
        problem.textProperty().bind(viewModel.problemProperty());
        notices.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", viewModel.notices()),
                viewModel.notices()));
        publishButton.disableProperty().bind(viewModel.canPublishProperty().not());
        publishHint.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.canPublishProperty().get() ? "" : viewModel.firstProblem().orElse(""),
                viewModel.canPublishProperty(), viewModel.boardProperty(), viewModel.images()));
        zoneLabel.setText(zone.getId());
        publishDate.valueProperty().addListener((o, a, b) -> updatePublishAt());
        publishTime.textProperty().addListener((o, a, b) -> updatePublishAt());

        previewTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            String t = viewModel.previewText().title();
            return t == null ? resources.getString("composer.preview.noTitle") : t;
        }, viewModel.titleProperty(), viewModel.images(), viewModel.carouselProperty()));
        previewDescription.textProperty().bind(Bindings.createStringBinding(() -> {
            String d = viewModel.previewText().description();
            return d == null ? "" : d;
        }, viewModel.descriptionProperty(), viewModel.images(), viewModel.carouselProperty()));
        previewBoard.textProperty().bind(Bindings.createStringBinding(() -> viewModel.boardProperty().get() == null
                ? "" : java.text.MessageFormat.format(resources.getString("composer.preview.board"),
                        viewModel.boardProperty().get().name()), viewModel.boardProperty()));
        viewModel.images().addListener((javafx.collections.ListChangeListener<ComposerImage>) c -> showPreviewImage());

        installDropTarget(root);
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(e)) {
                viewModel.publish();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN).match(e)
                    && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                paste();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && root.getScene() != null) {
                root.getScene().getWindow().hide();
                e.consume();
            }
        });
        viewModel.loadBoards();
        viewModel.restoreLatest();
    }

    ComposerViewModel viewModel() {
        return viewModel;
    }

    /** Lets any node (the main window too) accept drops into this composer. */
    public void installDropTarget(Node target) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getGestureSource() == null && DragboardReader.mayHaveImages(e.getDragboard())) {
                e.acceptTransferModes(TransferMode.COPY);
                dropZone.getStyleClass().add("drag-over");
            }
            e.consume();
        });
        target.addEventHandler(DragEvent.DRAG_EXITED, e -> dropZone.getStyleClass().remove("drag-over"));
        target.addEventHandler(DragEvent.DRAG_DROPPED, this::dropped);
    }

    /** Feeds a drop to the view-model; used by the drag handler and by tests (no robot DnD headless). */
    void dropped(DragEvent e) {
        dropZone.getStyleClass().remove("drag-over");
        viewModel.addDrop(DragboardReader.read(e.getDragboard()));
        e.setDropCompleted(true);
        e.consume();
    }

    void paste() {
        viewModel.addDrop(DragboardReader.read(Clipboard.getSystemClipboard()));
    }

    @FXML
    private void addImages() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(resources.getString("composer.addImages.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(resources.getString("composer.images"),
                "*.jpg", "*.jpeg", "*.png", "*.gif", "*.webp", "*.bmp", "*.JPG", "*.JPEG", "*.PNG"));
        List<File> files = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (files != null && !files.isEmpty()) {
            viewModel.addDrop(io.pindesk.media.DropData.builder().files(files.stream().map(File::toPath).toList())
                    .build());
        }
    }

    @FXML
    private void publish() {
        viewModel.publish();
    }

    @FXML
    private void newBoard() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(resources.getString("composer.board.new.title"));
        dialog.setHeaderText(null);
        dialog.setContentText(resources.getString("composer.board.new.name"));
        dialog.initOwner(root.getScene().getWindow());
        dialog.showAndWait().ifPresent(name -> viewModel.createBoard(name, BoardPrivacy.PUBLIC));
    }

    @FXML
    private void newDraft() {
        viewModel.startNewDraft();
    }

    @FXML
    private void deleteDraft() {
        Draft d = draftList.getSelectionModel().getSelectedItem();
        if (d != null) {
            viewModel.deleteDraft(d);
        }
    }

    /** Batch mode: the selected image's own title, description, link and alt text (the row shows its title). */
    private void editImage(ComposerImage was, ComposerImage now) {
        if (was != null) {
            imageTitle.textProperty().unbindBidirectional(was.titleProperty());
            imageDescription.textProperty().unbindBidirectional(was.descriptionProperty());
            imageLink.textProperty().unbindBidirectional(was.linkProperty());
            imageAlt.textProperty().unbindBidirectional(was.altTextProperty());
        }
        imageEditor.setVisible(now != null);
        imageEditor.setManaged(now != null);
        if (now != null) {
            imageTitle.textProperty().bindBidirectional(now.titleProperty());
            imageDescription.textProperty().bindBidirectional(now.descriptionProperty());
            imageLink.textProperty().bindBidirectional(now.linkProperty());
            imageAlt.textProperty().bindBidirectional(now.altTextProperty());
        }
    }

    private void updatePublishAt() {
        if (publishDate.getValue() == null) {
            viewModel.publishAtProperty().set(null);
            return;
        }
        try {
            String t = publishTime.getText() == null || publishTime.getText().isBlank() ? "09:00"
                    : publishTime.getText().strip();
            viewModel.publishAtProperty().set(LocalDateTime.of(publishDate.getValue(), LocalTime.parse(t)));
            viewModel.problemProperty().set("");
        } catch (DateTimeParseException ex) {
            viewModel.problemProperty().set(resources.getString("composer.publishAt.badTime"));
        }
    }

    private void showPreviewImage() {
        previewPlaceholder.setVisible(viewModel.images().isEmpty());
        previewPlaceholder.setManaged(viewModel.images().isEmpty());
        ComposerImage first = viewModel.images().isEmpty() ? null : viewModel.images().get(0);
        if (first == previewOf) {
            return; // images after the first changed: the preview stays, no second decode of the same file
        }
        previewOf = first;
        if (first == null) {
            previewImage.setImage(null);
        } else {
            shown(first, 236, 0, previewImage::setImage);
        }
    }

    /**
     * Loads the image's small preview in the background and hands it over; if the preview cannot be read (a draft
     * from before previews existed) the image itself is loaded instead.
     */
    private static void shown(ComposerImage img, double width, double height, java.util.function.Consumer<Image> to) {
        Image preview = new Image(img.preview().toUri().toString(), width, height, true, true, true);
        to.accept(preview);
        if (img.preview().equals(img.file())) {
            return;
        }
        Runnable fallBack = () -> to.accept(new Image(img.file().toUri().toString(), width, height, true, true, true));
        if (preview.isError()) {
            fallBack.run();
            return;
        }
        preview.errorProperty().addListener((o, was, failed) -> {
            if (failed) {
                fallBack.run();
            }
        });
    }

    private static void markInvalid(javafx.scene.control.Control field, javafx.beans.binding.StringBinding error) {
        error.addListener((o, a, msg) -> field.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("danger"), msg != null && !msg.isEmpty()));
    }

    private static <T> StringConverter<T> named(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /**
     * Nodes are built once per cell and rebound per item: lists re-render often while images arrive. A row shows
     * the image's own title as text; it is edited with the image's other own fields when the row is selected. A
     * text field in every row cost each new row a text skin, a context menu and its popup scene, which made the
     * first dropped image's pulse the longest of a batch.
     */
    private final class ImageCell extends ListCell<ComposerImage> {
        private final ImageView thumb = new ImageView();
        private final Label name = new Label();
        private final Label ownTitle = new Label();
        private final Label warnings = new Label();
        private final Button remove = new Button("✕");
        private final HBox row;
        private ComposerImage bound;
        private final javafx.beans.value.ChangeListener<String> onTitle = (o, was, now) -> showTitle(now);

        ImageCell() {
            thumb.setFitWidth(56);
            thumb.setFitHeight(56);
            thumb.setPreserveRatio(true);
            name.getStyleClass().add("counter");
            ownTitle.getStyleClass().add("image-title");
            warnings.getStyleClass().add("warning-text");
            warnings.setWrapText(true);
            warnings.managedProperty().bind(warnings.textProperty().isNotEmpty());
            remove.getStyleClass().addAll("flat", "small");
            remove.setOnAction(e -> {
                if (getItem() != null) {
                    viewModel.removeImage(getItem());
                }
            });
            VBox text = new VBox(3, name, ownTitle, warnings);
            HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
            row = new HBox(6, thumb, text, remove);
            setPrefWidth(0); // fill the list's width instead of growing a horizontal scroll bar
        }

        @Override
        protected void updateItem(ComposerImage img, boolean empty) {
            super.updateItem(img, empty);
            if (bound != img) {
                if (bound != null) {
                    bound.titleProperty().removeListener(onTitle);
                }
                bound = empty ? null : img;
                if (bound != null) {
                    ComposerImage current = bound;
                    current.titleProperty().addListener(onTitle);
                    showTitle(current.titleProperty().get());
                    Image cached = thumbnails.get(current);
                    if (cached != null) {
                        thumb.setImage(cached);
                    } else {
                        shown(current, 112, 112, image -> {
                            thumbnails.put(current, image);
                            if (bound == current) {
                                thumb.setImage(image);
                            }
                        });
                    }
                    name.setText(bound.label() + "  " + bound.width() + "×" + bound.height());
                    warnings.setText(String.join("; ", bound.warnings()));
                }
            }
            setGraphic(bound == null ? null : row);
        }

        private void showTitle(String title) {
            ownTitle.setText(blank(title) ? resources.getString("composer.image.noTitle") : title.strip());
            ownTitle.pseudoClassStateChanged(NO_TITLE, blank(title));
        }
    }

    private static final javafx.css.PseudoClass NO_TITLE = javafx.css.PseudoClass.getPseudoClass("untitled");

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static final class DraftCell extends ListCell<Draft> {
        /**
         * Drafts are immutable snapshots, replaced as the composer saves: a new instance is a new row. The default
         * deep {@code equals} walked every image of the draft, and the first record comparison in the process
         * links its method handles, on the FX thread, as the first dropped image arrives.
         */
        @Override
        protected boolean isItemChanged(Draft oldItem, Draft newItem) {
            return oldItem != newItem;
        }

        @Override
        protected void updateItem(Draft d, boolean empty) {
            super.updateItem(d, empty);
            setPrefWidth(0);
            setText(empty || d == null ? null : d.label() + (d.images().isEmpty() ? "" : "  ·  " + d.images().size()
                    + " img"));
        }
    }
}
