package io.pindesk.ui.composer;

import io.pindesk.domain.Board;
import io.pindesk.domain.BoardPrivacy;
import io.pindesk.domain.Scope;
import io.pindesk.domain.Section;
import io.pindesk.media.DropData;
import io.pindesk.media.DropItem;
import io.pindesk.media.DropPayload;
import io.pindesk.media.DropResult;
import io.pindesk.media.ImageSource;
import io.pindesk.media.MediaException;
import io.pindesk.media.PreparedImage;
import io.pindesk.service.BoardDirectory;
import io.pindesk.service.Draft;
import io.pindesk.service.DraftService;
import io.pindesk.service.OutboxJob;
import io.pindesk.service.PinText;
import io.pindesk.service.PublishRequest;
import io.pindesk.service.PublishService;
import io.pindesk.service.ScopeCheck;
import io.pindesk.ui.common.UiAsync;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The composer's state: images, text with live counters and inline errors, board and section, schedule, and
 * the draft it is continuously saved to. Plain Java plus javafx.beans/collections; image work, board loading and
 * enqueueing run through {@link UiAsync} off the FX thread.
 */
public final class ComposerViewModel {

    /** Prepares one dropped image (the media pipeline in the app; a stub in tests). Blocking. */
    @FunctionalInterface
    public interface ImagePreparing {
        PreparedImage prepare(ImageSource source) throws MediaException;
    }

    /** How long preparing waits at most for the window to show a drop's first image before decoding the next. */
    private static final java.time.Duration HAND_OVER_WAIT = java.time.Duration.ofMillis(250);
    /** Frames the window draws after a drop's first image before the next photo is decoded. */
    private static final int FIRST_IMAGE_FRAMES = 3;

    private final UiAsync async;
    private final ComposerTexts texts;
    private final ImagePreparing preparer;
    private final DraftService drafts;
    private final PublishService outbox;
    private final BoardDirectory boardDirectory;
    private final Set<Scope> granted;
    private final ZoneId zone;

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty link = new SimpleStringProperty("");
    private final StringProperty altText = new SimpleStringProperty("");
    private final BooleanProperty carousel = new SimpleBooleanProperty(false);
    private final ObservableList<ComposerImage> images = FXCollections.observableArrayList(
            i -> new Observable[] {i.titleProperty(), i.descriptionProperty(), i.linkProperty(), i.altTextProperty()});
    private final ObservableList<Board> boards = FXCollections.observableArrayList();
    private final StringProperty boardFilter = new SimpleStringProperty("");
    private final FilteredList<Board> filteredBoards = new FilteredList<>(boards, b -> true);
    private final ObjectProperty<Board> board = new SimpleObjectProperty<>();
    private final ObservableList<Section> sections = FXCollections.observableArrayList();
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDateTime> publishAt = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObservableList<String> notices = FXCollections.observableArrayList();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObservableList<Draft> savedDrafts = FXCollections.observableArrayList();

    private final StringBinding titleError;
    private final StringBinding descriptionError;
    private final StringBinding linkError;
    private final StringBinding altTextError;
    private final StringBinding imagesError;
    private final BooleanBinding canPublish;

    private Draft draft;
    private boolean restoring;

    public ComposerViewModel(UiAsync async, ComposerTexts texts, ImagePreparing preparer, DraftService drafts, PublishService outbox,
            BoardDirectory boardDirectory, Set<Scope> granted, ZoneId zone) {
        this.async = async;
        this.texts = texts;
        this.preparer = preparer;
        this.drafts = drafts;
        this.outbox = outbox;
        this.boardDirectory = boardDirectory;
        this.granted = Set.copyOf(granted);
        this.zone = zone;
        this.draft = drafts.create();

        titleError = error(() -> ComposerValidation.title(texts, title.get()), title);
        descriptionError = error(() -> ComposerValidation.description(texts, description.get()), description);
        linkError = error(() -> ComposerValidation.link(texts, link.get()), link);
        altTextError = error(() -> ComposerValidation.altText(texts, altText.get()), altText);
        imagesError = error(this::imagesProblem, images, carousel);
        canPublish = Bindings.createBooleanBinding(() -> firstProblem().isEmpty() && !busy.get(),
                title, description, link, altText, images, carousel, board, busy);

        boardFilter.addListener((o, a, f) -> {
            String needle = f == null ? "" : f.strip().toLowerCase(Locale.ROOT);
            filteredBoards.setPredicate(b -> needle.isEmpty() || b.name().toLowerCase(Locale.ROOT).contains(needle));
        });
        board.addListener((o, a, b) -> loadSections(b));
        for (Observable o : List.<Observable>of(title, description, link, altText, carousel, images, board, section,
                publishAt)) {
            o.addListener(x -> saveDraft());
        }
    }

    private static StringBinding error(java.util.function.Supplier<Optional<String>> rule, Observable... deps) {
        return Bindings.createStringBinding(() -> rule.get().orElse(""), deps);
    }

    private Optional<String> imagesProblem() {
        if (carousel.get() && (images.size() < 2 || images.size() > 5)) {
            return Optional.of(texts.get("composer.carousel.size", images.size()));
        }
        for (ComposerImage i : images) {
            Optional<String> p = ComposerValidation.title(texts, i.titleProperty().get())
                    .or(() -> ComposerValidation.description(texts, i.descriptionProperty().get()))
                    .or(() -> ComposerValidation.link(texts, i.linkProperty().get()))
                    .or(() -> ComposerValidation.altText(texts, i.altTextProperty().get()));
            if (p.isPresent()) {
                return Optional.of(i.label() + ": " + p.get());
            }
        }
        return Optional.empty();
    }

    /** Why Publish is not possible now, or empty. */
    public Optional<String> firstProblem() {
        if (images.isEmpty()) {
            return Optional.of(texts.get("composer.needImage"));
        }
        for (StringBinding e : List.of(titleError, descriptionError, linkError, altTextError, imagesError)) {
            if (!e.get().isEmpty()) {
                return Optional.of(e.get());
            }
        }
        if (board.get() == null) {
            return Optional.of(texts.get("composer.needBoard"));
        }
        return ScopeCheck.problem(granted, board.get().privacy(), false);
    }

    // ---- images ---------------------------------------------------------------------------------------------

    /**
     * Parses a drop or paste and prepares its images off the FX thread; problems become notices. Each image
     * joins the list as soon as it is prepared: the list then grows by one row per pulse while the rest are
     * still being prepared, instead of building every row in the one pulse after the last image (which held the
     * window still for a few hundred milliseconds with 20 photos).
     */
    public void addDrop(DropData data) {
        busy.set(true);
        progress.set(0);
        String draftId = draft.id();
        async.run(() -> {
            DropResult result = DropPayload.parse(data);
            List<String> problems = new ArrayList<>(result.rejections());
            int added = 0;
            int n = 0;
            for (DropItem item : result.items()) {
                try {
                    PreparedImage prepared = preparer.prepare(item.source());
                    String file = drafts.addImage(draftId, prepared);
                    Added a = new Added(item, prepared, file);
                    if (added == 0) {
                        // The first image builds the list's rows, the preview and the draft's row from cold, and its
                        // picture, decoded in the background, arrives a frame or two later: the window draws all
                        // that before the next photo's decode takes a core (three frames: 8 alternating runs, the
                        // longest gap 34-64 ms after one frame, 32-47 ms after three). Later images only add a
                        // row, and waiting a frame for each made a batch of 20 photos 10% slower to prepare.
                        async.handOver(() -> arrived(draftId, a), FIRST_IMAGE_FRAMES, HAND_OVER_WAIT);
                    } else {
                        async.onUi(() -> arrived(draftId, a));
                    }
                    added++;
                } catch (MediaException e) {
                    problems.add(e.getMessage());
                } catch (java.io.IOException e) {
                    problems.add(texts.get("composer.keepFailed", e.getMessage()));
                }
                double done = (double) ++n / result.items().size();
                async.onUi(() -> progress.set(done));
            }
            if (result.items().isEmpty() && problems.isEmpty()) {
                problems.add(texts.get("composer.nothingUsable"));
            }
            return new DropOutcome(added, problems);
        }, outcome -> {
            busy.set(false);
            progress.set(-1);
            if (!draftId.equals(draft.id())) {
                return; // the composer moved on to another draft meanwhile
            }
            notices.addAll(outcome.problems());
            status.set(outcome.added() == 0 ? "" : texts.get("composer.added", outcome.added()));
        }, error -> {
            busy.set(false);
            progress.set(-1);
            problem.set(texts.get("composer.dropFailed", error.getMessage()));
        });
    }

    /** One prepared image of a drop, on the UI thread; dropped if the composer moved on to another draft. */
    private void arrived(String draftId, Added a) {
        if (!draftId.equals(draft.id())) {
            return;
        }
        images.add(new ComposerImage(drafts.imageFile(draftId, a.file()), drafts.previewFile(draftId, a.file()),
                a.image().contentType(),
                a.image().width(), a.image().height(), a.item().source().label(), a.image().warnings(),
                new PinText(a.item().title().orElse(null), null, null, a.item().altText().orElse(null))));
        if (link.get().isBlank() && a.item().suggestedLink().isPresent()) {
            link.set(a.item().suggestedLink().get());
        }
        a.image().warnings().forEach(w -> notices.add(a.item().source().label() + ": " + w));
    }

    private record Added(DropItem item, PreparedImage image, String file) {}

    private record DropOutcome(int added, List<String> problems) {}

    public void removeImage(ComposerImage image) {
        images.remove(image);
    }

    // ---- boards ---------------------------------------------------------------------------------------------

    public void loadBoards() {
        async.run(boardDirectory::boards, list -> {
            Board chosen = board.get();
            boards.setAll(list);
            if (chosen != null) {
                boards.stream().filter(b -> b.id().equals(chosen.id())).findFirst().ifPresent(board::set);
            } else if (draft.boardId() != null) {
                boards.stream().filter(b -> b.id().equals(draft.boardId())).findFirst().ifPresent(board::set);
            }
        }, e -> problem.set(e.getMessage()));
    }

    /** "New board" inline: checks boards:write first, then creates and selects it. */
    public void createBoard(String name, BoardPrivacy privacy) {
        Optional<String> scopes = ScopeCheck.problem(granted, privacy, true);
        if (scopes.isPresent()) {
            problem.set(scopes.get());
            return;
        }
        if (name == null || name.isBlank()) {
            problem.set(texts.get("composer.board.needName"));
            return;
        }
        async.run(() -> boardDirectory.createBoard(name, privacy), created -> {
            boards.add(0, created);
            boardFilter.set("");
            board.set(created);
            status.set(texts.get("composer.board.created", created.name()));
        }, e -> problem.set(e.getMessage()));
    }

    private void loadSections(Board b) {
        sections.clear();
        section.set(null);
        if (b == null) {
            return;
        }
        String wanted = draft.sectionId();
        async.run(() -> boardDirectory.sections(b.id()), list -> {
            if (b.equals(board.get())) {
                sections.setAll(list);
                if (wanted != null) {
                    list.stream().filter(s -> s.id().equals(wanted)).findFirst().ifPresent(section::set);
                }
            }
        }, e -> problem.set(e.getMessage()));
    }

    // ---- publish --------------------------------------------------------------------------------------------

    /** Validates, checks scopes and enqueues durable jobs; the composer then starts a fresh draft. */
    public void publish() {
        Optional<String> p = firstProblem();
        if (p.isPresent()) {
            problem.set(p.get());
            return;
        }
        Board b = board.get();
        List<PublishRequest.Image> imgs = images.stream().map(i -> new PublishRequest.Image(i.file(),
                i.contentType(), i.width(), i.height(), i.text())).toList();
        Instant at = publishAt.get() == null ? null : publishAt.get().atZone(zone).toInstant();
        PublishRequest request = new PublishRequest(b.id(), b.name(), b.privacy(),
                section.get() == null ? null : section.get().id(), carousel.get(),
                new PinText(title.get(), description.get(), link.get(), altText.get()), imgs, at);
        String draftId = draft.id();
        busy.set(true);
        async.run(() -> {
            List<OutboxJob> jobs = outbox.enqueue(request);
            drafts.delete(draftId);
            return jobs;
        }, jobs -> {
            busy.set(false);
            problem.set("");
            status.set(at == null ? texts.get("composer.queued", jobs.size())
                    : texts.get("composer.scheduled", jobs.size(), java.util.Date.from(at)));
            startNewDraft();
            refreshDrafts();
        }, e -> {
            busy.set(false);
            problem.set(e.getMessage());
        });
    }

    // ---- drafts ---------------------------------------------------------------------------------------------

    private void saveDraft() {
        if (restoring) {
            return;
        }
        draft = toDraft();
        if (!draft.isBlank()) {
            drafts.saveSoon(draft);
            // the list shows the draft being edited at once; the file follows within the debounce delay
            Draft shown = draft;
            if (!savedDrafts.isEmpty() && savedDrafts.get(0).id().equals(shown.id())) {
                savedDrafts.set(0, shown); // the usual case, typing: one row changes, the others stay as they are
            } else {
                savedDrafts.removeIf(d -> d.id().equals(shown.id()));
                savedDrafts.add(0, shown);
            }
        }
    }

    Draft toDraft() {
        Board b = board.get();
        Section s = section.get();
        return new Draft(draft.id(), null, b == null ? null : b.id(), b == null ? null : b.name(),
                b == null ? null : b.privacy(), s == null ? null : s.id(), s == null ? null : s.name(),
                carousel.get(), new PinText(title.get(), description.get(), link.get(), altText.get()),
                images.stream().map(ComposerImage::toDraft).toList(),
                publishAt.get() == null ? null : publishAt.get().atZone(zone).toInstant());
    }

    public void refreshDrafts() {
        async.run(drafts::list, savedDrafts::setAll, e -> problem.set(e.getMessage()));
    }

    /** Opens a saved draft in the composer (the current one stays saved). */
    public void openDraft(Draft d) {
        restoring = true;
        try {
            draft = d;
            title.set(nz(d.text().title()));
            description.set(nz(d.text().description()));
            link.set(nz(d.text().link()));
            altText.set(nz(d.text().altText()));
            carousel.set(d.carousel());
            images.setAll(d.images().stream().map(i -> new ComposerImage(drafts.imageFile(d.id(), i.file()),
                    drafts.previewFile(d.id(), i.file()), i.contentType(), i.width(), i.height(), i.label(), i.warnings(), i.text())).toList());
            publishAt.set(d.publishAt() == null ? null : LocalDateTime.ofInstant(d.publishAt(), zone));
            Board match = d.boardId() == null ? null : boards.stream().filter(b -> b.id().equals(d.boardId()))
                    .findFirst().orElse(Board.of(d.boardId(), nz(d.boardName()), d.boardPrivacy()));
            board.set(match);
        } finally {
            restoring = false;
        }
        notices.clear();
        problem.set("");
    }

    /** Restores the newest saved draft, if any (after a restart or a crash). */
    public void restoreLatest() {
        async.run(drafts::list, list -> {
            savedDrafts.setAll(list);
            if (!list.isEmpty() && images.isEmpty() && toDraft().isBlank()) {
                openDraft(list.get(0));
                status.set(texts.get("composer.restored", list.get(0).label()));
            }
        }, e -> problem.set(e.getMessage()));
    }

    public void deleteDraft(Draft d) {
        boolean current = d.id().equals(draft.id());
        async.run(() -> {
            drafts.delete(d.id());
            return drafts.list();
        }, list -> {
            savedDrafts.setAll(list);
            if (current) {
                startNewDraft();
            }
        }, e -> problem.set(e.getMessage()));
    }

    public void startNewDraft() {
        restoring = true;
        try {
            draft = drafts.create();
            title.set("");
            description.set("");
            link.set("");
            altText.set("");
            carousel.set(false);
            images.clear();
            publishAt.set(null);
            section.set(null);
        } finally {
            restoring = false;
        }
        notices.clear();
    }

    public String draftId() {
        return draft.id();
    }

    /**
     * The first pin's text as it will be sent: in batch mode the first image's own fields win over the shared
     * ones (as {@link PublishService} does it), a carousel uses the shared ones.
     */
    public PinText previewText() {
        PinText shared = new PinText(title.get(), description.get(), link.get(), altText.get());
        if (carousel.get() || images.isEmpty()) {
            return shared.normalized();
        }
        return images.get(0).text().orElse(shared).normalized();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // ---- properties -----------------------------------------------------------------------------------------

    public StringProperty titleProperty() { return title; }
    public StringProperty descriptionProperty() { return description; }
    public StringProperty linkProperty() { return link; }
    public StringProperty altTextProperty() { return altText; }
    public BooleanProperty carouselProperty() { return carousel; }
    public ObservableList<ComposerImage> images() { return images; }
    public ObservableList<Board> filteredBoards() { return filteredBoards; }
    public StringProperty boardFilterProperty() { return boardFilter; }
    public ObjectProperty<Board> boardProperty() { return board; }
    public ObservableList<Section> sections() { return sections; }
    public ObjectProperty<Section> sectionProperty() { return section; }
    public ObjectProperty<LocalDateTime> publishAtProperty() { return publishAt; }
    public StringProperty statusProperty() { return status; }
    public StringProperty problemProperty() { return problem; }
    public ObservableList<String> notices() { return notices; }
    public DoubleProperty progressProperty() { return progress; }
    public BooleanProperty busyProperty() { return busy; }
    public ObservableList<Draft> savedDrafts() { return savedDrafts; }
    public StringBinding titleErrorProperty() { return titleError; }
    public StringBinding descriptionErrorProperty() { return descriptionError; }
    public StringBinding linkErrorProperty() { return linkError; }
    public StringBinding altTextErrorProperty() { return altTextError; }
    public StringBinding imagesErrorProperty() { return imagesError; }
    public BooleanBinding canPublishProperty() { return canPublish; }

    public StringBinding counter(StringProperty field, int max) {
        return Bindings.createStringBinding(() -> ComposerValidation.counter(field.get(), max), field);
    }
}
