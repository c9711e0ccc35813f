package io.pindesk.ui.boards;

import io.pindesk.domain.Board;
import io.pindesk.domain.BoardPrivacy;
import io.pindesk.ui.common.ThumbnailSource;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;

/** A board in the boards grid: cover, name, pin count, privacy badge, group-board mark and last change. */
final class BoardCard extends VBox {

    static final double WIDTH = 236;
    static final double COVER_HEIGHT = 156;

    private final Board board;

    BoardCard(Board board, ResourceBundle bundle, ThumbnailSource thumbnails, double scale) {
        this.board = board;
        getStyleClass().add("board-card");
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
        setFocusTraversable(true);
        setAccessibleText(board.name());

        StackPane cover = new StackPane();
        cover.getStyleClass().add("board-cover");
        cover.setPrefSize(WIDTH, COVER_HEIGHT);
        cover.setMinSize(WIDTH, COVER_HEIGHT);
        cover.setMaxSize(WIDTH, COVER_HEIGHT);
        FontIcon placeholderIcon = new FontIcon("fth-image");
        placeholderIcon.getStyleClass().add("board-cover-icon");
        ImageView image = new ImageView();
        image.setFitWidth(WIDTH);
        image.setFitHeight(COVER_HEIGHT);
        image.setPreserveRatio(false);
        Rectangle clip = new Rectangle(WIDTH, COVER_HEIGHT);
        clip.setArcWidth(20);
        clip.setArcHeight(20);
        cover.setClip(clip);
        cover.getChildren().addAll(placeholderIcon, image);
        String url = board.displayImageUrl();
        if (url != null) {
            int pixels = (int) Math.ceil(WIDTH * scale);
            Image hit = thumbnails.cached(url, pixels);
            if (hit != null) {
                image.setImage(crop(hit));
                image.setViewport(viewport(hit));
            } else {
                thumbnails.load(url, pixels).thenAccept(img -> Platform.runLater(() -> {
                    image.setImage(img);
                    image.setViewport(viewport(img));
                }));
            }
        }

        HBox badges = new HBox(6);
        badges.setAlignment(Pos.TOP_RIGHT);
        badges.setPickOnBounds(false);
        if (board.privacy() == BoardPrivacy.SECRET) {
            badges.getChildren().add(badge("fth-lock", bundle.getString("board.privacy.secret"), "badge-secret"));
        } else if (board.privacy() == BoardPrivacy.PROTECTED) {
            badges.getChildren().add(badge("fth-shield", bundle.getString("board.privacy.protected"), "badge-protected"));
        }
        if (board.collaboratorCount() != null && board.collaboratorCount() > 0) {
            badges.getChildren().add(badge("fth-users", bundle.getString("board.group"), "badge-group"));
        }
        StackPane.setAlignment(badges, Pos.TOP_RIGHT);
        badges.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setMargin(badges, new javafx.geometry.Insets(8));
        cover.getChildren().add(badges);

        Label name = new Label(board.name());
        name.getStyleClass().add("board-name");
        name.setMaxWidth(WIDTH);
        Label meta = new Label(meta(board, bundle));
        meta.getStyleClass().add("board-meta");
        getChildren().addAll(cover, name, meta);
        if (board.description() != null && !board.description().isBlank()) {
            // Made when the pointer first comes near: a tooltip is a popup window with its own scene, and one per
            // card made a sync's first cards the slowest frame of the sync.
            javafx.event.EventHandler<javafx.scene.input.MouseEvent> once = new javafx.event.EventHandler<>() {
                @Override
                public void handle(javafx.scene.input.MouseEvent e) {
                    removeEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, this);
                    Tooltip.install(BoardCard.this, new Tooltip(board.description()));
                }
            };
            addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, once);
        }
    }

    Board board() {
        return board;
    }

    static String meta(Board b, ResourceBundle bundle) {
        return meta(b.pinCount(), BoardSort.lastChange(b), bundle);
    }

    private static String meta(Integer pinCount, Instant changed, ResourceBundle bundle) {
        String pins = pinCount == null ? bundle.getString("board.pins.unknown")
                : MessageFormat.format(bundle.getString("board.pins"), pinCount);
        if (changed == null) {
            return pins;
        }
        String when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(bundle.getLocale().getLanguage()
                .isEmpty() ? java.util.Locale.getDefault() : bundle.getLocale()).withZone(ZoneId.systemDefault())
                .format(changed);
        return pins + " · " + MessageFormat.format(bundle.getString("board.changed"), when);
    }

    /**
     * Formats a card's line once, off the FX thread: the first number and date formatting in the process loads the
     * locale's data (tens of milliseconds), which otherwise happened in the frame that showed a sync's first cards.
     */
    static void loadFormats(ResourceBundle bundle) {
        meta(1, Instant.EPOCH, bundle);
    }

    private static Label badge(String icon, String text, String style) {
        Label l = new Label(text, new FontIcon(icon));
        l.getStyleClass().addAll("board-badge", style);
        return l;
    }

    private static Image crop(Image img) {
        return img;
    }

    /** Centre-crops the cover to the card's shape instead of squashing it. */
    private static javafx.geometry.Rectangle2D viewport(Image img) {
        double w = img.getWidth();
        double h = img.getHeight();
        double target = COVER_HEIGHT / WIDTH;
        if (h / w > target) {
            double ch = w * target;
            return new javafx.geometry.Rectangle2D(0, (h - ch) / 2, w, ch);
        }
        double cw = h / target;
        return new javafx.geometry.Rectangle2D((w - cw) / 2, 0, cw, h);
    }
}
