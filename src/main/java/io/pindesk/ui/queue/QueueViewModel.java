package io.pindesk.ui.queue;

import io.pindesk.service.JobState;
import io.pindesk.service.OutboxJob;
import io.pindesk.service.PublishService;
import io.pindesk.ui.common.UiAsync;
import io.pindesk.ui.composer.ComposerTexts;
import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The outbox as the queue panel shows it; follows the service's changes (hopping to the UI thread). */
public final class QueueViewModel {

    /** A day: more than that between two pins to one board is surely a typo. */
    public static final int MAX_SPACING_MINUTES = 24 * 60;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);

    private final PublishService outbox;
    private final UiAsync async;
    private final ComposerTexts texts;
    private final ZoneId zone;
    private final ObservableList<OutboxJob> jobs = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty paused = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObjectProperty<OutboxJob> noticeJob = new SimpleObjectProperty<>();
    private final boolean pinPagesOnWeb;
    private final IntegerProperty spacingMinutes = new SimpleIntegerProperty();
    private final Set<String> publishedSeen = new HashSet<>();
    private boolean firstRefresh = true;
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private final Map<String, String> shownText = new HashMap<>();
    private final Runnable unsubscribe;

    public QueueViewModel(PublishService outbox, UiAsync async, ComposerTexts texts, ZoneId zone) {
        this(outbox, async, texts, zone, true);
    }

    /**
     * @param pinPagesOnWeb whether published pins have a page on pinterest.com ("Open pin"); the local sandbox and
     *                      test servers have none, so there "Copy pin ID" is offered instead
     */
    public QueueViewModel(PublishService outbox, UiAsync async, ComposerTexts texts, ZoneId zone,
            boolean pinPagesOnWeb) {
        this.pinPagesOnWeb = pinPagesOnWeb;
        this.outbox = outbox;
        this.texts = texts;
        this.async = async;
        this.zone = zone;
        this.unsubscribe = outbox.addListener(this::outboxChanged);
        spacingMinutes.set((int) Math.min(MAX_SPACING_MINUTES, outbox.boardSpacing().toMinutes()));
        spacingMinutes.addListener((o, was, now) -> {
            java.time.Duration d = java.time.Duration.ofMinutes(Math.max(0, Math.min(MAX_SPACING_MINUTES,
                    now.intValue())));
            async.background(() -> outbox.setBoardSpacing(d), e -> { });
        });
        refresh();
    }

    /**
     * Called on the outbox's threads for every change; enqueueing 20 pins announces 20 changes at once. Only one
     * refresh waits on the UI thread at a time, and it reads the outbox when it runs, so a burst costs one refresh
     * instead of one per change (each of which re-rendered every row).
     */
    private void outboxChanged() {
        if (refreshQueued.compareAndSet(false, true)) {
            async.onUi(() -> {
                refreshQueued.set(false); // before reading: a change from now on queues another refresh
                refresh();
            });
        }
    }

    public void refresh() {
        update(outbox.jobs());
        noticeNewlyPublished();
        long waiting = jobs.stream().filter(j -> j.state() == JobState.QUEUED || j.state() == JobState.SENDING).count();
        long failed = jobs.stream().filter(j -> j.state() == JobState.FAILED).count();
        long done = jobs.stream().filter(j -> j.state() == JobState.PUBLISHED).count();
        long overdue = jobs.stream().filter(j -> j.state() == JobState.QUEUED && j.awaitingDecision()).count();
        summary.set(texts.get("queue.summary", waiting, done)
                + (failed > 0 ? texts.get("queue.summary.failed", failed) : "")
                + (overdue > 0 ? texts.get("queue.summary.overdue", overdue) : ""));
        paused.set(outbox.pausedUntil().map(t -> texts.get("queue.paused", TIME.format(t.atZone(zone)))).orElse(""));
    }

    /**
     * Makes the shown list equal to {@code now}, touching only what changed: when the same jobs are in the same
     * order, only rows whose job changed are replaced, so the list re-renders those rows alone. A row's text also
     * depends on the outbox (board spacing), so when that text changed for an unchanged job, all rows are redone.
     */
    private void update(List<OutboxJob> now) {
        boolean sameJobs = jobs.size() == now.size();
        for (int i = 0; sameJobs && i < now.size(); i++) {
            OutboxJob was = jobs.get(i);
            OutboxJob is = now.get(i);
            sameJobs = was.id().equals(is.id()) && (!was.equals(is) || describe(is).equals(shownText.get(is.id())));
        }
        shownText.clear();
        now.forEach(j -> shownText.put(j.id(), describe(j)));
        if (!sameJobs) {
            jobs.setAll(now);
            return;
        }
        for (int i = 0; i < now.size(); i++) {
            if (!jobs.get(i).equals(now.get(i))) {
                jobs.set(i, now.get(i));
            }
        }
    }

    /**
     * A job that turned published since the panel opened gets a success notice with "Open pin"; jobs that were
     * already published when it opened don't (that news is old).
     */
    private void noticeNewlyPublished() {
        for (OutboxJob j : jobs) {
            if (j.state() == JobState.PUBLISHED && j.pinId() != null && publishedSeen.add(j.id()) && !firstRefresh) {
                noticeJob.set(j);
                notice.set(texts.get("queue.notice.published", j.label(),
                        j.boardName() == null ? j.boardId() : j.boardName()));
            }
        }
        firstRefresh = false;
    }

    /** The pin's page on pinterest.com, or empty when there is none (not published, or a local/test server). */
    public Optional<URI> pinPage(OutboxJob j) {
        if (!pinPagesOnWeb || j == null || j.state() != JobState.PUBLISHED || j.pinId() == null
                || !j.pinId().matches("[0-9A-Za-z_-]+")) {
            return Optional.empty();
        }
        return Optional.of(URI.create("https://www.pinterest.com/pin/" + j.pinId() + "/"));
    }

    /** "Open pin" where pins have a web page, else "Copy pin ID". */
    public String openPinLabel() {
        return texts.get(pinPagesOnWeb ? "queue.openPin" : "queue.copyPinId");
    }

    /** After the view copied a pin's ID (no web page to open): says so in the notice line. */
    public void pinIdCopied(OutboxJob j) {
        noticeJob.set(j);
        notice.set(texts.get("queue.notice.copied", j.pinId()));
    }

    public void dismissNotice() {
        notice.set("");
        noticeJob.set(null);
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    /** The published job the notice is about (its "Open pin" target), or null. */
    public ObjectProperty<OutboxJob> noticeJobProperty() {
        return noticeJob;
    }

    /** One line describing a job's state, times in the local time zone. */
    public String describe(OutboxJob j) {
        return switch (j.state()) {
            case PUBLISHED -> texts.get("queue.state.published");
            case SENDING -> texts.get("queue.state.sending");
            case FAILED -> texts.get("queue.state.failed", j.lastError());
            case QUEUED -> !j.awaitingDecision() && isDueNow(j) && outbox.spacedUntil(j.boardId()).isPresent()
                    ? texts.get("queue.state.spaced", TIME.format(outbox.spacedUntil(j.boardId()).get().atZone(zone)))
                    : j.awaitingDecision()
                    ? texts.get("queue.state.overdue", TIME.format(j.scheduledFor().atZone(zone)))
                    : j.notBefore() == null ? texts.get("queue.state.waiting")
                    : j.lastError() != null ? texts.get("queue.state.retrying", TIME.format(j.notBefore().atZone(zone)),
                            j.lastError())
                    : texts.get("queue.state.scheduled", TIME.format(j.notBefore().atZone(zone)));
        };
    }

    private static boolean isDueNow(OutboxJob j) {
        return j.notBefore() == null || !j.notBefore().isAfter(java.time.Instant.now());
    }

    /** Minimum minutes between two pins to the same board (0 = none); a change applies to the outbox at once. */
    public IntegerProperty spacingMinutesProperty() {
        return spacingMinutes;
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
