package io.pindesk.ui.queue;

import io.pindesk.service.JobState;
import io.pindesk.service.OutboxJob;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The publishing queue panel: per-job state, Pinterest's message on failure, Retry / Publish now / Remove. */
public final class QueueView {

    private final QueueViewModel viewModel;

    @FXML private Label summary;
    @FXML private Label paused;
    @FXML private ListView<OutboxJob> jobList;

    public QueueView(QueueViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        summary.textProperty().bind(viewModel.summaryProperty());
        paused.textProperty().bind(viewModel.pausedProperty());
        jobList.setItems(viewModel.jobs());
        jobList.setCellFactory(l -> new JobCell());
        jobList.setPlaceholder(new Label("Published pins and pins waiting to be sent appear here."));
    }

    @FXML
    private void clearPublished() {
        viewModel.clearPublished();
    }

    private void askNewTime(OutboxJob job) {
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(
                java.time.LocalDateTime.now().plusHours(1).withSecond(0).withNano(0).toString().replace('T', ' '));
        d.setTitle("Reschedule");
        d.setHeaderText(null);
        d.setContentText("New time (yyyy-MM-dd HH:mm, local time):");
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

    private final class JobCell extends ListCell<OutboxJob> {
        @Override
        protected void updateItem(OutboxJob job, boolean empty) {
            super.updateItem(job, empty);
            if (empty || job == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(job.label() + "  →  " + (job.boardName() == null ? job.boardId() : job.boardName()));
            name.getStyleClass().add("job-title");
            Label state = new Label(viewModel.describe(job));
            state.getStyleClass().add(job.state() == JobState.FAILED ? "danger-text"
                    : job.state() == JobState.PUBLISHED ? "success-text" : "counter");
            state.setWrapText(true);
            VBox text = new VBox(2, name, state);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(8, text, spacer);
            row.setAlignment(Pos.CENTER_LEFT);
            if (job.state() == JobState.FAILED) {
                row.getChildren().add(button("Retry", () -> viewModel.retry(job)));
            }
            if (job.state() == JobState.QUEUED && job.notBefore() != null) {
                row.getChildren().add(button("Publish now", () -> viewModel.publishNow(job)));
                row.getChildren().add(button("Reschedule…", () -> askNewTime(job)));
            }
            if (job.state() == JobState.QUEUED && job.awaitingDecision()) {
                row.getChildren().add(button("Keep", () -> viewModel.keepHeld(job)));
            }
            if (job.state() != JobState.SENDING) {
                row.getChildren().add(button("Remove", () -> viewModel.remove(job)));
            }
            setText(null);
            setGraphic(row);
        }

        private Button button(String text, Runnable action) {
            Button b = new Button(text);
            b.getStyleClass().add("small");
            b.setOnAction(e -> action.run());
            return b;
        }
    }
}
