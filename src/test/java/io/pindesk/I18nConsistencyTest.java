package io.pindesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key used in FXML ({@code %key}) or in code (a string literal that names a key) exists in
 * {@code messages.properties}; every key there is used; German has exactly the same keys.
 */
class I18nConsistencyTest {

    private static final Path MAIN = Path.of("src/main");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.-]+)\"");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

    @Test
    void everyUsedKeyExistsAndEveryKeyIsUsed() throws IOException {
        Set<String> defined = keys("messages.properties");
        Set<String> fxmlKeys = new TreeSet<>();
        Set<String> javaLiterals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".fxml")) {
                    collect(FXML_KEY, Files.readString(p), fxmlKeys);
                } else if (name.endsWith(".java")) {
                    collect(JAVA_LITERAL, Files.readString(p), javaLiterals);
                }
            }
        }
        Set<String> missingFromFxml = new TreeSet<>(fxmlKeys);
        missingFromFxml.removeAll(defined);
        assertTrue(missingFromFxml.isEmpty(), "FXML uses keys missing from messages.properties: " + missingFromFxml);

        // A Java literal counts as a key when it has the key's shape and a prefix the bundle uses.
        Set<String> prefixes = new TreeSet<>();
        defined.forEach(k -> prefixes.add(k.substring(0, k.indexOf('.'))));
        Set<String> missingFromJava = new TreeSet<>();
        for (String literal : javaLiterals) {
            String prefix = literal.substring(0, literal.indexOf('.'));
            if (prefixes.contains(prefix) && !defined.contains(literal) && !literal.matches(".*\\.(css|fxml|png|json|properties|xml)$")) {
                missingFromJava.add(literal);
            }
        }
        assertTrue(missingFromJava.isEmpty(), "code uses keys missing from messages.properties: " + missingFromJava);

        Set<String> unused = new TreeSet<>(defined);
        unused.removeAll(fxmlKeys);
        unused.removeAll(javaLiterals);
        assertTrue(unused.isEmpty(), "keys nobody uses (remove them): " + unused);
    }

    @Test
    void germanHasTheSameKeysAsEnglish() throws IOException {
        assertEquals(keys("messages.properties"), keys("messages_de.properties"));
    }

    @Test
    void germanIsActuallyTranslated() throws IOException {
        Properties en = load("messages.properties");
        Properties de = load("messages_de.properties");
        long same = en.stringPropertyNames().stream()
                .filter(k -> en.getProperty(k).equals(de.getProperty(k)) && en.getProperty(k).matches(".*[a-z]{4,}.*"))
                .count();
        assertTrue(same <= en.size() / 5, "too many German texts are still English: " + same);
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static Set<String> keys(String file) throws IOException {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(MAIN.resolve("resources/i18n").resolve(file))) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
