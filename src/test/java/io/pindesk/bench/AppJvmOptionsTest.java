package io.pindesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AppJvmOptionsTest {

    @Test
    void readsEveryJavaOptionsLineAndNothingElse() {
        assertEquals(List.of("-Xms256m", "-Dfile.encoding=UTF-8"), AppJvmOptions.parse(List.of("--name PinDesk",
                "--java-options -Xms256m", "  --java-options \"-Dfile.encoding=UTF-8\"  ", "--main-class x.Y",
                "--java-options-not -X")));
    }

    @Test
    void theInstallersGiveAnInitialHeap() {
        // Without it G1 shrinks the heap between syncs and a sync then collects several times (measured: a third
        // slower), so benchmarks and installers must both have it.
        assertTrue(AppJvmOptions.shipped().stream().anyMatch(o -> o.startsWith("-Xms")));
        assertTrue(AppJvmOptions.shipped().stream().anyMatch(o -> o.startsWith("-Xmx")));
    }

    @Test
    void mvnJavafxRunStartsTheAppWithTheInstallersOptions() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher plugin = Pattern.compile("<artifactId>javafx-maven-plugin</artifactId>(.*?)</plugin>", Pattern.DOTALL)
                .matcher(pom);
        assertTrue(plugin.find());
        Matcher option = Pattern.compile("<option>([^<]+)</option>").matcher(plugin.group(1));
        List<String> options = option.results().map(r -> r.group(1).strip()).toList();
        assertEquals(AppJvmOptions.shipped(), options);
    }
}
