package io.pindesk.ui.boards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.pindesk.domain.BoardPrivacy;
import io.pindesk.ui.common.ThumbnailSource;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.event.Event;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** A board card: its description becomes a tooltip only when the pointer first comes to the card. */
@Tag("ui")
class BoardCardTest {

    private final FxRobot robot = new FxRobot();
    private final ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH);

    @Test
    void theDescriptionTooltipIsMadeWhenThePointerFirstComes() throws Exception {
        FxToolkit.registerPrimaryStage();
        BoardCard[] card = new BoardCard[1];
        robot.interact(() -> card[0] = new BoardCard(FakeLibrary.board("b1", "Kitchen", "Ideas for the kitchen", 12,
                Instant.parse("2026-03-01T10:00:00Z"), BoardPrivacy.PUBLIC), bundle, ThumbnailSource.none(), 1));
        assertNull(tooltip(card[0]), "no popup window per card up front");
        robot.interact(() -> Event.fireEvent(card[0], new MouseEvent(MouseEvent.MOUSE_ENTERED, 5, 5, 5, 5,
                MouseButton.NONE, 0, false, false, false, false, false, false, false, false, false, false, null)));
        Tooltip made = tooltip(card[0]);
        assertNotNull(made);
        assertEquals("Ideas for the kitchen", made.getText());
        robot.interact(() -> Event.fireEvent(card[0], new MouseEvent(MouseEvent.MOUSE_ENTERED, 5, 5, 5, 5,
                MouseButton.NONE, 0, false, false, false, false, false, false, false, false, false, false, null)));
        assertEquals(made, tooltip(card[0]), "made once");
    }

    @Test
    void theFormatsCanBeLoadedAheadOffTheFxThread() {
        BoardCard.loadFormats(bundle); // no toolkit needed, and no exception for the bundle's patterns
        assertEquals("12 pins", BoardCard.meta(FakeLibrary.board("b1", "K", null, 12, null, BoardPrivacy.PUBLIC),
                bundle).split(" · ")[0]);
    }

    /** Tooltip.install keeps the tooltip in the node's properties under this key (JavaFX 21). */
    private static Tooltip tooltip(BoardCard card) {
        return (Tooltip) card.getProperties().get("javafx.scene.control.Tooltip");
    }
}
