package io.pindesk.ui.queue;

import io.pindesk.service.JobState;
import io.pindesk.service.OutboxJob;
import io.pindesk.ui.common.LinkOpener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The publishing queue panel: per-job state, Pinterest's message on failure, Retry / Publish now / Remove. */
public final class QueueView {

    private final QueueViewModel viewModel;
    private final LinkOpener browser;

    @FXML private Label summary;
    @FXML private Label paused;
    @FXML private ListView<OutboxJob> jobList;
    @FXML private HBox noticeBar;
    @FXML private Label notice;
    @FXML private Button openNoticed;
    @FXML private Label spacingLabel;
    @FXML private javafx.scene.control.Spinner<Integer> spacing;
    @FXML private java.util.ResourceBundle resources;

    public QueueView(QueueViewModel viewModel) {
        this(viewModel, LinkOpener.none());
    }

    public QueueView(QueueViewModel viewModel, LinkOpener browser) {
        this.viewModel = viewModel;
        this.browser = browser;
    }

    @FXML
    private void initialize() {
        summary.textProperty().bind(viewModel.summaryProperty());
        paused.textProperty().bind(viewModel.pausedProperty());
        jobList.setItems(viewModel.jobs());
        jobList.setCellFactory(l -> new JobCell());
        jobList.setPlaceholder(new Label(resources.getString("queue.empty")));
        javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory minutes =
                new javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory(0,
                        QueueViewModel.MAX_SPACING_MINUTES, viewModel.spacingMinutesProperty().get(), 5);
        spacing.setValueFactory(minutes);
        minutes.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.spacingMinutesProperty().set(now);
            }
        });
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip(resources.getString("queue.spacing.tooltip"));
        spacing.setTooltip(tip);
        spacingLabel.setTooltip(tip);
        notice.textProperty().bind(viewModel.noticeProperty());
        noticeBar.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
        noticeBar.managedProperty().bind(noticeBar.visibleProperty());
        openNoticed.setText(viewModel.openPinLabel());
        openNoticed.visibleProperty().bind(viewModel.noticeJobProperty().isNotNull());
        openNoticed.managedProperty().bind(openNoticed.visibleProperty());
    }

    @FXML
    private void openNoticedPin() {
        OutboxJob job = viewModel.noticeJobProperty().get();
        if (job != null) {
            openPin(job);
        }
    }

    @FXML
    private void dismissNotice() {
        viewModel.dismissNotice();
    }

    /** Opens the pin's page; a local-sandbox pin has none, so its ID goes to the clipboard instead. */
    private void openPin(OutboxJob job) {
        viewModel.pinPage(job).ifPresentOrElse(browser::open, () -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(job.pinId());
            Clipboard.getSystemClipboard().setContent(content);
            viewModel.pinIdCopied(job);
        });
    }

    @FXML
    private void clearPublished() {
        viewModel.clearPublished();
    }

    private void askNewTime(OutboxJob job) {
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(
                java.time.LocalDateTime.now().plusHours(1).withSecond(0).withNano(0).toString().replace('T', ' '));
        d.setTitle(resources.getString("queue.reschedule.title"));
        d.setHeaderText(null);
        d.setContentText(resources.getString("queue.reschedule.prompt"));
        if (jobList.getScene() != null) {
            d.initOwner(jobList.getScene().getWindow());
        }
        d.showAndWait().ifPresent(text -> {
            try {
                viewModel.reschedule(job, java.time.LocalDateTime.parse(text.strip().replace(' ', 'T')));
            } catch (java.time.format.DateTimeParseException e) {
                javafx.scene.control.Alert a = new javafx.scene.control.Alert(
                        javafx.scene.control.Alert.AlertType.WARNING,
                        "“" + text + "” is not a time like 2026-12-24 18:30. The pin keeps its old time.");
                a.setHeaderText(null);
                a.show();
            }
        });
    }

    /**
     * Nodes are built once per cell and an update only changes texts and which buttons show. The buttons are made
     * the first time the cell needs them: most rows only ever show one or two of the six, and a batch of new
     * rows appearing at once (a Publish click) should not pay for the rest.
     */
    private final class JobCell extends ListCell<OutboxJob> {
        private static final int OPEN = 0;
        private static final int RETRY = 1;
        private static final int NOW = 2;
        private static final int RESCHEDULE = 3;
        private static final int KEEP = 4;
        private static final int REMOVE = 5;

        private final Label name = new Label();
        private final Label state = new Label();
        private final Button[] buttons = new Button[6];
        private final HBox row;

        JobCell() {
            name.getStyleClass().add("job-title");
            state.setWrapText(true);
            VBox text = new VBox(2, name, state);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            row = new HBox(8, text);
            row.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(OutboxJob job, boolean empty) {
            super.updateItem(job, empty);
            setText(null);
            if (empty || job == null) {
                setGraphic(null);
                return;
            }
            name.setText(job.label() + "  →  " + (job.boardName() == null ? job.boardId() : job.boardName()));
            state.setText(viewModel.describe(job));
            state.getStyleClass().removeAll("danger-text", "success-text", "counter");
            state.getStyleClass().add(job.state() == JobState.FAILED ? "danger-text"
                    : job.state() == JobState.PUBLISHED ? "success-text" : "counter");
            boolean waiting = job.state() == JobState.QUEUED && job.notBefore() != null;
            show(OPEN, job.state() == JobState.PUBLISHED && job.pinId() != null);
            show(RETRY, job.state() == JobState.FAILED);
            show(NOW, waiting);
            show(RESCHEDULE, waiting);
            show(KEEP, job.state() == JobState.QUEUED && job.awaitingDecision());
            show(REMOVE, job.state() != JobState.SENDING);
            setGraphic(row);
        }

        private void show(int slot, boolean on) {
            Button b = buttons[slot];
            if (b == null) {
                if (!on) {
                    return;
                }
                b = make(slot);
                buttons[slot] = b;
                int at = 1; // after the texts, in slot order
                for (int i = 0; i < slot; i++) {
                    at += buttons[i] == null ? 0 : 1;
                }
                row.getChildren().add(at, b);
            }
            b.setVisible(on);
            b.setManaged(on);
        }

        private Button make(int slot) {
            return switch (slot) {
                case OPEN -> button(viewModel.openPinLabel(), QueueView.this::openPin);
                case RETRY -> button(resources.getString("queue.retry"), j -> viewModel.retry(j));
                case NOW -> button(resources.getString("queue.publishNow"), j -> viewModel.publishNow(j));
                case RESCHEDULE -> button(resources.getString("queue.reschedule"), QueueView.this::askNewTime);
                case KEEP -> button(resources.getString("queue.keep"), j -> viewModel.keepHeld(j));
                default -> button(resources.getString("queue.remove"), j -> viewModel.remove(j));
            };
        }

        private Button button(String text, java.util.function.Consumer<OutboxJob> action) {
            Button b = new Button(text);
            b.getStyleClass().add("small");
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            b.setOnAction(e -> {
                if (getItem() != null) {
                    action.accept(getItem());
                }
            });
            return b;
        }
    }
}
