package io.pindesk.api;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Runs {@link PagingBench} under {@code mvn -Pbench verify}; excluded from normal builds. Prints, asserts nothing. */
@Tag("bench")
class PagingBenchTest {

    @Test
    void pagingThousandPins() throws Exception {
        PagingBench.main(new String[] {"1000", "20", "20"});
    }
}
