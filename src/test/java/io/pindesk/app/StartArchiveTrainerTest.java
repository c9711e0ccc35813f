package io.pindesk.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartArchiveTrainerTest {

    /** A class whose initialiser must not run: the trainer runs at install time, with no display or network. */
    static final class Touchy {
        static {
            if (Boolean.TRUE) {
                throw new IllegalStateException("initialised");
            }
        }
    }

    @Test
    void loadsListedClassesWithoutInitialisingThemAndSkipsTheRest(@TempDir Path dir) throws IOException {
        Path list = dir.resolve("classes.list");
        Files.write(list, List.of("# NOTE: a comment", "java/lang/Object id: 0",
                "io/pindesk/app/StartArchiveTrainerTest$Touchy", "io/pindesk/NoSuchClass",
                "@lambda-proxy java/lang/Runnable run ()V", "@lambda-form-invoker [LF_RESOLVE] x", "",
                "javafx/scene/control/Button"));
        assertArrayEquals(new int[] {3, 1}, StartArchiveTrainer.load(list, getClass().getClassLoader()));
    }
}
