package io.pindesk.ui.queue;

import io.pindesk.service.JobState;
import io.pindesk.service.OutboxJob;
import io.pindesk.service.PublishService;
import io.pindesk.ui.common.UiAsync;
import io.pindesk.ui.composer.ComposerTexts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The outbox as the queue panel shows it; follows the service's changes (hopping to the UI thread). */
public final class QueueViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);

    private final PublishService outbox;
    private final UiAsync async;
    private final ComposerTexts texts;
    private final ZoneId zone;
    private final ObservableList<OutboxJob> jobs = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty paused = new SimpleStringProperty("");
    private final Runnable unsubscribe;

    public QueueViewModel(PublishService outbox, UiAsync async, ComposerTexts texts, ZoneId zone) {
        this.outbox = outbox;
        this.texts = texts;
        this.async = async;
        this.zone = zone;
        this.unsubscribe = outbox.addListener(() -> async.onUi(this::refresh));
        refresh();
    }

    public void refresh() {
        jobs.setAll(outbox.jobs());
        long waiting = jobs.stream().filter(j -> j.state() == JobState.QUEUED || j.state() == JobState.SENDING).count();
        long failed = jobs.stream().filter(j -> j.state() == JobState.FAILED).count();
        long done = jobs.stream().filter(j -> j.state() == JobState.PUBLISHED).count();
        long overdue = jobs.stream().filter(j -> j.state() == JobState.QUEUED && j.awaitingDecision()).count();
        summary.set(texts.get("queue.summary", waiting, done)
                + (failed > 0 ? texts.get("queue.summary.failed", failed) : "")
                + (overdue > 0 ? texts.get("queue.summary.overdue", overdue) : ""));
        paused.set(outbox.pausedUntil().map(t -> texts.get("queue.paused", TIME.format(t.atZone(zone)))).orElse(""));
    }

    /** One line describing a job's state, times in the local time zone. */
    public String describe(OutboxJob j) {
        return switch (j.state()) {
            case PUBLISHED -> texts.get("queue.state.published");
            case SENDING -> texts.get("queue.state.sending");
            case FAILED -> texts.get("queue.state.failed", j.lastError());
            case QUEUED -> j.awaitingDecision()
                    ? texts.get("queue.state.overdue", TIME.format(j.scheduledFor().atZone(zone)))
                    : j.notBefore() == null ? texts.get("queue.state.waiting")
                    : j.lastError() != null ? texts.get("queue.state.retrying", TIME.format(j.notBefore().atZone(zone)),
                            j.lastError())
                    : texts.get("queue.state.scheduled", TIME.format(j.notBefore().atZone(zone)));
        };
    }

    public void retry(OutboxJob j) {
        async.background(() -> outbox.retry(j.id()), e -> { });
    }

    public void publishNow(OutboxJob j) {
        async.background(() -> outbox.publishNow(j.id()), e -> { });
    }

    /** Moves a job to a new local time (an overdue one, or any waiting one). */
    public void reschedule(OutboxJob j, java.time.LocalDateTime at) {
        async.background(() -> outbox.reschedule(j.id(), at.atZone(zone).toInstant()), e -> { });
    }

    public void keepHeld(OutboxJob j) {
        async.background(() -> outbox.keepHeld(j.id()), e -> { });
    }

    public void remove(OutboxJob j) {
        async.background(() -> outbox.remove(j.id()), e -> { });
    }

    public void clearPublished() {
        async.background(outbox::clearPublished, e -> { });
    }

    public ObservableList<OutboxJob> jobs() {
        return jobs;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty pausedProperty() {
        return paused;
    }

    public void dispose() {
        unsubscribe.run();
    }
}
