package io.pindesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pindesk.domain.Pin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The replies' UTF-8 reader: the JDK decoder's characters for well-formed input, a signal for anything else. */
class Utf8ReaderTest {

    @Test
    void randomTextReadsAsTheJdkDecoderReadsItWhateverTheCallersArraySize() throws IOException {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                switch (random.nextInt(5)) {
                    case 0 -> text.append((char) random.nextInt(0x80));
                    case 1 -> text.append((char) (0x80 + random.nextInt(0x780)));
                    case 2 -> text.append((char) (0x800 + random.nextInt(0xD800 - 0x800)));
                    case 3 -> text.append((char) (0xE000 + random.nextInt(0x2000)));
                    default -> text.appendCodePoint(0x10000 + random.nextInt(0x100000)); // a surrogate pair
                }
            }
            byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
            int chunk = 1 + random.nextInt(9);
            assertEquals(jdk(utf8), readAll(new Utf8Reader(utf8), chunk), "chunk " + chunk + ": " + text);
        }
    }

    @Test
    void anythingNotWellFormedIsSignalledNotGuessed() {
        for (String hex : new String[] {
            "80", "bf", // a continuation byte alone
            "c0af", "c1bf", "e080af", "f08080af", // overlong forms
            "eda080", "edbfbf", // UTF-16 surrogates encoded as characters
            "f4908080", "f5808080", "f8", "ff", // beyond U+10FFFF, or no UTF-8 lead byte at all
            "c3", "e282", "f09f98", // cut short at the end
            "c341", "e28241", // a lead byte followed by ASCII
        }) {
            byte[] bytes = HexFormat.of().parseHex("41" + hex + "42");
            assertThrows(Utf8Reader.Malformed.class, () -> readAll(new Utf8Reader(bytes), 16), hex);
        }
    }

    @Test
    void aReplyThatIsNotUtf8ReadsAsItAlwaysDid() throws Exception {
        byte[] head = "{\"id\":\"77\",\"title\":\"Caf".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\"}".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        body[head.length] = (byte) 0xE9; // Latin-1 "é": not UTF-8
        body[head.length + 1] = (byte) 0xFF;
        System.arraycopy(tail, 0, body, head.length + 2, tail.length);
        try (StubServer stub = new StubServer(); PinterestClient client = TestClients.client(stub.base())) {
            stub.on("GET", "/pins/77", (r, ex) -> {
                ex.getResponseHeaders().set("Content-Type", "application/json");
                ex.sendResponseHeaders(200, body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            });
            Pin pin = client.pin("77");
            assertEquals(jdk("Caf".getBytes(StandardCharsets.US_ASCII)) + "\uFFFD\uFFFD", pin.title(),
                    "the JDK decoder's replacement characters, as before");
        }
    }

    private static String jdk(byte[] utf8) throws IOException {
        try (Reader r = new InputStreamReader(new ByteArrayInputStream(utf8), StandardCharsets.UTF_8)) {
            return readAll(r, 64);
        }
    }

    private static String readAll(Reader r, int chunk) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buf = new char[chunk];
        int n;
        while ((n = r.read(buf, 0, chunk)) != -1) {
            out.append(buf, 0, n);
        }
        return out.toString();
    }
}
