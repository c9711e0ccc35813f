package io.pindesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgsTest {

    private static Args parse(String... argv) throws UsageException {
        return Args.parse(List.of(argv), Set.of("board", "port"), Set.of("json"));
    }

    @Test
    void readsOptionsInBothFormsFlagsAndPositionals() throws UsageException {
        Args a = parse("create", "--board", "42", "--port=8080", "--json", "--", "--not-an-option");
        assertEquals(List.of("create", "--not-an-option"), a.positionals());
        assertEquals("42", a.option("board").orElseThrow());
        assertEquals(8080, a.intOption("port", 0, 0, 65535));
        assertTrue(a.flag("json"));
    }

    @Test
    void rejectsWhatItDoesNotKnow() {
        assertEquals("unknown option --bord", assertThrows(UsageException.class, () -> parse("--bord", "1")).getMessage());
        assertEquals("unknown option -x", assertThrows(UsageException.class, () -> parse("-x")).getMessage());
        assertEquals("--board needs a value", assertThrows(UsageException.class, () -> parse("--board")).getMessage());
        assertEquals("--json takes no value", assertThrows(UsageException.class, () -> parse("--json=yes")).getMessage());
        assertEquals("--board given twice",
                assertThrows(UsageException.class, () -> parse("--board", "1", "--board", "2")).getMessage());
    }

    @Test
    void numbersAreCheckedWithAClearMessage() throws UsageException {
        assertEquals("--port must be a whole number, not 'abc'",
                assertThrows(UsageException.class, () -> parse("--port", "abc").intOption("port", 0, 0, 65535)).getMessage());
        assertEquals("--port must be between 0 and 65535",
                assertThrows(UsageException.class, () -> parse("--port", "70000").intOption("port", 0, 0, 65535)).getMessage());
        assertEquals(7, parse().intOption("port", 7, 0, 65535));
        assertEquals("--board is required", assertThrows(UsageException.class, () -> parse().required("board")).getMessage());
    }
}
