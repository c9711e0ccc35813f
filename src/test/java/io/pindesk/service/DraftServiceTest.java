package io.pindesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pindesk.media.ImagePreparer;
import io.pindesk.media.PreparedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftServiceTest {

    @TempDir Path tmp;

    private DraftService drafts() {
        return new DraftService(tmp.resolve("drafts"), Clock.systemUTC(), Duration.ofMillis(300));
    }

    private static Draft withTitle(Draft d, String title, List<Draft.DraftImage> images) {
        return new Draft(d.id(), null, "b1", "Board", null, null, null, false,
                new PinText(title, "desc", null, null), images, null);
    }

    @Test
    void debouncedSaveWritesOnlyTheLastVersionWithinASecond() throws Exception {
        DraftService drafts = drafts();
        Draft d = drafts.create();
        for (int i = 0; i < 20; i++) {
            drafts.saveSoon(withTitle(d, "typing " + i, List.of()));
        }
        Path file = tmp.resolve("drafts").resolve(d.id()).resolve("draft.json");
        assertFalse(Files.exists(file), "nothing written while the user is still typing");
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(Files.exists(file), "saved within a second of the last change");
        assertTrue(Files.readString(file).contains("typing 19"));
        drafts.close();
    }

    @Test
    void draftsSurviveACrashAndKeepTheirImages() throws Exception {
        DraftService drafts = drafts();
        Draft d = drafts.create();
        PreparedImage img = new ImagePreparer().prepare(TestImages.jpeg(tmp, "photo", 3));
        String file = drafts.addImage(d.id(), img);
        drafts.saveNow(withTitle(d, "with image", List.of(new Draft.DraftImage(file, img.contentType(), img.width(),
                img.height(), "photo.jpg", new PinText("own title", null, null, null), img.warnings()))));
        // no close(): a crash; a new service over the same folder restores it
        DraftService restarted = drafts();
        List<Draft> all = restarted.list();
        assertEquals(1, all.size());
        Draft back = all.get(0);
        assertEquals("with image", back.text().title());
        assertEquals("own title", back.images().get(0).text().title());
        assertTrue(Files.size(restarted.imageFile(back.id(), back.images().get(0).file())) > 0);
        assertTrue(Files.size(restarted.previewFile(back.id(), back.images().get(0).file())) > 0,
                "the composer's small preview is kept with the image");
        assertTrue(back.updatedAt() != null);
    }

    @Test
    void deleteRemovesTheDraftAndItsImagesAndAPendingSave() throws Exception {
        DraftService drafts = drafts();
        Draft a = drafts.create();
        Draft b = drafts.create();
        drafts.saveNow(withTitle(a, "keep", List.of()));
        String file = drafts.addImage(b.id(), new ImagePreparer().prepare(TestImages.jpeg(tmp, "x", 1)));
        drafts.saveNow(withTitle(b, "drop", List.of()));
        drafts.saveSoon(withTitle(b, "drop later", List.of()));
        drafts.delete(b.id());
        Thread.sleep(500);
        assertEquals(List.of("keep"), drafts.list().stream().map(d -> d.text().title()).toList());
        assertFalse(Files.exists(drafts.imageFile(b.id(), file)));
    }

    @Test
    void removedImagesAreCleanedUpOnSaveButNotImagesOfADropInProgress() throws Exception {
        DraftService drafts = drafts();
        Draft d = drafts.create();
        String file = drafts.addImage(d.id(), new ImagePreparer().prepare(TestImages.jpeg(tmp, "y", 2)));
        drafts.saveNow(withTitle(d, "t", List.of()));
        assertTrue(Files.exists(drafts.imageFile(d.id(), file)), "a fresh image may belong to a drop in progress");
        drafts.setOrphanGrace(Duration.ZERO);
        Thread.sleep(20);
        drafts.saveNow(withTitle(d, "t", List.of()));
        assertFalse(Files.exists(drafts.imageFile(d.id(), file)));
    }
}
