package io.pindesk.media;

import static io.pindesk.media.WebAddresses.key;
import static io.pindesk.media.WebAddresses.parseUri;
import static io.pindesk.media.WebAddresses.resolve;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns whatever a drop or paste offered into images to pin: a pure function of {@link DropData}
 * (plus a {@link FileSniffer} for local files). It never throws on bad input; what can't be used
 * becomes a rejection line for the user.
 *
 * <p>The same image usually arrives in several formats at once (a URL list, HTML, plain text, raw
 * bytes), so the sources are tried as tiers, first tier with a result wins (desktop-notes §3.6):
 * <ol>
 *   <li>files (the file list, and {@code file://} entries of text/uri-list);</li>
 *   <li>addresses: {@code <img src|srcset>} from the HTML, then text/uri-list, text/x-moz-url,
 *       _NETSCAPE_URL and friends (http, https and {@code data:});</li>
 *   <li>image bytes: {@code application/octet-stream} and {@code image/*} (Chromium's image drags
 *       carry the file here; its HTML and URL types are mangled), then the platform image;</li>
 *   <li>http(s) and {@code data:} addresses in plain text.</li>
 * </ol>
 * The pin's link comes from an enclosing {@code <a href>}, else {@code text/x-moz-url-data}, else
 * a plain-text http(s) address that isn't the image itself (Chromium puts the link's href there).
 */
public final class DropPayload {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DropPayload.class);

    private static final List<String> URI_LIST_TYPES = List.of("text/uri-list", "UniformResourceLocatorW",
            "UniformResourceLocator");
    private static final List<String> TITLED_URL_TYPES = List.of("text/x-moz-url", "_NETSCAPE_URL");
    private static final List<String> HTML_TYPES = List.of("text/html", "HTML Format");
    private static final List<String> TEXT_TYPES = List.of("text/plain", "text/plain;charset=utf-8", "text/unicode",
            "UTF8_STRING", "STRING", "TEXT");
    private static final String FILE_LIST = "application/x-java-file-list";
    private static final List<String> GNOME_CLIPBOARD_TYPES = List.of("x-special/gnome-copied-files",
            "x-special/nautilus-clipboard");

    private static final java.util.regex.Pattern IMAGE_PATH = java.util.regex.Pattern.compile(
            "(?i)\\.(jpe?g|png|gif|webp|bmp|avif|heic|svg)$");

    private DropPayload() {}

    /** Parses with the default sniffer, which reads the first 512 bytes of each dropped file. */
    public static DropResult parse(DropData data) {
        return parse(data, FileSniffer.MAGIC_BYTES);
    }

    public static DropResult parse(DropData data, FileSniffer sniffer) {
        Parse p = new Parse(data == null ? DropData.builder().build() : data, sniffer);
        try {
            return p.run();
        } catch (RuntimeException e) {
            LOG.warn("drop payload parser failed; keeping what was found", e);
            // a bug here must not take the window down with it; whatever was found so far is kept
            p.reject("part of the drop couldn't be read");
            return p.result();
        }
    }

    /** One parse: the collected items (keyed for de-duplication) and rejections. */
    private static final class Parse {
        private final DropData data;
        private final FileSniffer sniffer;
        private final Map<String, DropItem> items = new LinkedHashMap<>();
        private final Set<String> rejections = new LinkedHashSet<>();

        Parse(DropData data, FileSniffer sniffer) {
            this.data = data;
            this.sniffer = sniffer;
        }

        DropResult run() {
            if (files() || addresses() || bytes() || plainText()) {
                return result();
            }
            if (rejections.isEmpty()) {
                rejections.add("no image found in what was dropped");
            }
            return result();
        }

        DropResult result() {
            return new DropResult(new ArrayList<>(items.values()), new ArrayList<>(rejections));
        }

        void reject(String message) {
            rejections.add(message);
        }

        // ---- tier 1: files ------------------------------------------------------------------

        private boolean files() {
            List<Path> paths = new ArrayList<>(data.files());
            Object list = data.byMimeType().get(FILE_LIST);
            if (list instanceof List<?> entries) {
                for (Object o : entries) {
                    if (o instanceof Path path) {
                        paths.add(path);
                    } else if (o instanceof java.io.File file) {
                        paths.add(file.toPath());
                    }
                }
            }
            List<String> lines = new ArrayList<>(uriListLines());
            for (String type : GNOME_CLIPBOARD_TYPES) { // Files/Nautilus copy: "copy" or "cut", then file URIs
                lines.addAll(DropTexts.uriListLines(DropTexts.text(data.byMimeType().get(type))));
            }
            for (String line : lines) {
                if (line.regionMatches(true, 0, "file:", 0, 5)) {
                    fileUri(line).ifPresent(paths::add);
                }
            }
            int before = rejections.size();
            for (Path path : paths) {
                addFile(path);
            }
            return !items.isEmpty() || rejections.size() > before;
        }

        private Optional<Path> fileUri(String line) {
            try {
                URI uri = new URI(line.replace(" ", "%20"));
                if (uri.getAuthority() != null && !"localhost".equalsIgnoreCase(uri.getAuthority())) {
                    reject("files on other computers can't be added: " + WebAddresses.shorten(line));
                    return Optional.empty();
                }
                URI local = new URI("file", null, uri.getPath(), null);
                return Optional.of(Path.of(local));
            } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                reject("not a valid file address: " + WebAddresses.shorten(line));
                return Optional.empty();
            }
        }

        private void addFile(Path path) {
            String name = ImageProbe.label(path);
            FileSniffer.Check check = sniffer.check(path);
            switch (check.kind()) {
                case IMAGE -> {
                    ImageFormat format = check.format().orElseThrow();
                    if (format.isSupported()) {
                        add(path.toAbsolutePath().normalize().toString(), DropItem.of(new ImageSource.LocalFile(path)));
                    } else {
                        reject(name + ": " + format.unsupportedMessage());
                    }
                }
                case NOT_AN_IMAGE -> reject("not an image: " + name);
                case FOLDER -> reject("“" + name + "” is a folder: open it and drop the images inside");
                case MISSING -> reject("file not found: " + name);
                case UNREADABLE -> reject("can't read " + name);
            }
        }

        // ---- tier 2: addresses --------------------------------------------------------------

        private boolean addresses() {
            HtmlImages.Parsed html = html();
            String base = firstNonNull(data.baseUrl(), html.base());
            Map<String, String> itemByCandidate = new LinkedHashMap<>(); // any address of an HTML image → its item
            int before = items.size();
            for (HtmlImages.Img img : html.images()) {
                String link = img.link() == null ? null : httpOrNull(resolve(img.link(), base));
                String itemKey = address(img.url(), base, link, img.alt(), img.title());
                List<String> names = new ArrayList<>(img.candidates());
                names.add(img.url());
                for (String candidate : names) {
                    itemByCandidate.putIfAbsent(key(resolve(candidate, base)), itemKey == null ? "" : itemKey);
                }
            }
            Set<String> anchorKeys = new LinkedHashSet<>();
            html.anchors().forEach(a -> anchorKeys.add(key(resolve(a, base))));
            for (TitledUrl t : titledUrls()) {
                String k = key(resolve(t.url, base));
                String sameImage = itemByCandidate.get(k);
                if (sameImage != null) {
                    // another name for an HTML image: keep the HTML's (largest) address, take the title
                    if (t.title != null && items.containsKey(sameImage)) {
                        items.merge(sameImage, DropItem.of(items.get(sameImage).source()).withTitle(t.title),
                                DropItem::mergedWith);
                    }
                    continue;
                }
                if (anchorKeys.contains(k) && !html.images().isEmpty()) {
                    continue; // the link around a dragged image, not another image
                }
                address(t.url, base, null, null, t.title);
            }
            if (items.size() == before) {
                return false;
            }
            suggestLinks(html.images().stream().anyMatch(i -> i.link() != null), base, itemByCandidate.keySet());
            return true;
        }

        private HtmlImages.Parsed html() {
            String html = firstNonNull(text(HTML_TYPES), DropTexts.text(data.html()));
            HtmlImages.Parsed parsed = HtmlImages.parse(html);
            if (parsed.anchors().isEmpty()) {
                // Firefox puts the ancestors of a dragged <img> (an enclosing <a>) in this context type
                HtmlImages.Parsed context = HtmlImages.parse(DropTexts.text(data.byMimeType().get("text/_moz_htmlcontext")));
                if (!context.anchors().isEmpty() && parsed.images().size() == 1) {
                    HtmlImages.Img only = parsed.images().get(0);
                    String link = context.anchors().get(context.anchors().size() - 1);
                    return new HtmlImages.Parsed(List.of(new HtmlImages.Img(only.url(), only.candidates(), link,
                            only.alt(), only.title())), List.of(link), firstNonNull(parsed.base(), context.base()));
                }
            }
            return parsed;
        }

        /** Adds one image address (http, https or data:); returns the item's key, or null when rejected. */
        private String address(String raw, String base, String link, String alt, String title) {
            if (DataUrl.isDataUrl(raw)) {
                return dataUrl(raw, link, alt, title);
            }
            String resolved = resolve(raw, base);
            URI uri = parseUri(resolved);
            if (uri == null || uri.getScheme() == null) {
                reject(uri == null ? "not a valid web address: " + WebAddresses.shorten(raw)
                        : "can't use the relative image address “" + WebAddresses.shorten(raw)
                                + "” (the page's address is unknown); drag the image itself or copy its address");
                return null;
            }
            if (uri.getScheme().equalsIgnoreCase("file")) {
                return null; // handled with the files
            }
            if (!WebAddresses.isHttp(uri)) {
                reject("only http and https links can be used: " + WebAddresses.shorten(raw));
                return null;
            }
            return add(key(resolved), new DropItem(new ImageSource.RemoteUrl(uri), Optional.ofNullable(link),
                    Optional.ofNullable(alt), Optional.ofNullable(title)));
        }

        private String dataUrl(String raw, String link, String alt, String title) {
            DataUrl.Decoded decoded = DataUrl.decode(raw);
            String shown = WebAddresses.shorten(raw.length() > 40 ? raw.substring(0, 40) + "…" : raw);
            if (decoded == null || decoded.bytes().length == 0) {
                reject("the dropped data: address is damaged: " + shown);
                return null;
            }
            return inline(decoded.bytes(), "data: URL", shown, link, alt, title);
        }

        private String inline(byte[] bytes, String origin, String shown, String link, String alt, String title) {
            Optional<ImageFormat> format = MagicBytes.sniff(head(bytes));
            if (format.isEmpty()) {
                reject("not an image: " + shown);
                return null;
            }
            if (!format.get().isSupported()) {
                reject(shown + ": " + format.get().unsupportedMessage());
                return null;
            }
            String key = "bytes:" + java.util.Arrays.hashCode(bytes) + ":" + bytes.length;
            return add(key, new DropItem(new ImageSource.InlineBytes(bytes, format.get(), origin),
                    Optional.ofNullable(link), Optional.ofNullable(alt), Optional.ofNullable(title)));
        }

        private record TitledUrl(String url, String title) {}

        /** text/uri-list (and Windows' URL types), text/x-moz-url and _NETSCAPE_URL ("url\ntitle" pairs), getUrl(). */
        private List<TitledUrl> titledUrls() {
            List<TitledUrl> urls = new ArrayList<>();
            String desc = DropTexts.text(data.byMimeType().get("text/x-moz-url-desc"));
            for (String line : uriListLines()) {
                if (!line.regionMatches(true, 0, "file:", 0, 5)) {
                    urls.add(new TitledUrl(line, blankToNull(desc)));
                }
            }
            for (String type : TITLED_URL_TYPES) {
                List<String> lines = DropTexts.lines(DropTexts.text(data.byMimeType().get(type)));
                for (int i = 0; i < lines.size(); i += 2) {
                    if (!lines.get(i).isEmpty() && !lines.get(i).regionMatches(true, 0, "file:", 0, 5)) {
                        urls.add(new TitledUrl(lines.get(i), i + 1 < lines.size() ? blankToNull(lines.get(i + 1)) : null));
                    }
                }
            }
            return urls;
        }

        private List<String> uriListLines() {
            List<String> lines = new ArrayList<>();
            for (String type : URI_LIST_TYPES) {
                lines.addAll(DropTexts.uriListLines(DropTexts.text(data.byMimeType().get(type))));
            }
            lines.addAll(DropTexts.uriListLines(DropTexts.text(data.url())));
            return lines;
        }

        /** Fills in links where the HTML had no {@code <a href>}: x-moz-url-data, then a plain-text address. */
        private void suggestLinks(boolean htmlHadLinks, String base, Set<String> imageAddresses) {
            if (htmlHadLinks) {
                return;
            }
            List<String> candidates = new ArrayList<>();
            DropTexts.uriListLines(DropTexts.text(data.byMimeType().get("text/x-moz-url-data"))).forEach(candidates::add);
            candidates.addAll(plainTextLines());
            for (String c : candidates) {
                String link = httpOrNull(resolve(c, base));
                boolean isTheImage = link != null && (items.containsKey(key(link)) || imageAddresses.contains(key(link)));
                if (link != null && !isTheImage && items.size() == 1) {
                    items.replaceAll((k, item) -> item.suggestedLink().isPresent() ? item : item.withLink(link));
                    return;
                }
            }
        }

        // ---- tier 3: image bytes ------------------------------------------------------------

        private boolean bytes() {
            int before = rejections.size();
            String link = linkFromPlainText();
            for (Map.Entry<String, Object> e : data.byMimeType().entrySet()) {
                String type = e.getKey().toLowerCase(Locale.ROOT);
                if (type.equals("application/octet-stream") || type.startsWith("image/")) {
                    byte[] b = DropTexts.bytes(e.getValue());
                    // bytes that aren't any image format are some other payload: not worth a message
                    if (b != null && b.length > 0 && MagicBytes.sniff(head(b)).isPresent()) {
                        inline(b, "dragged image", "the dragged " + type + " data", link, null, null);
                    }
                }
            }
            if (items.isEmpty() && data.rawImage() != null && data.rawImage().length > 0) {
                inline(data.rawImage(), "dropped or pasted image", "the dropped or pasted picture", link, null, null);
            }
            return !items.isEmpty() || rejections.size() > before;
        }

        /**
         * Chromium puts the enclosing link's href in text/plain next to the image bytes. An address
         * that ends like an image file is the image itself, not a page to link to.
         */
        private String linkFromPlainText() {
            for (String line : plainTextLines()) {
                String link = httpOrNull(line);
                if (link != null && !IMAGE_PATH.matcher(parseUri(link).getPath()).find()) {
                    return link;
                }
            }
            return null;
        }

        // ---- tier 4: plain text -------------------------------------------------------------

        private boolean plainText() {
            for (String line : plainTextLines()) {
                if (line.regionMatches(true, 0, "file:", 0, 5)) {
                    fileUri(line).ifPresent(this::addFile);
                } else if (line.startsWith("/") || line.matches("^[A-Za-z]:\\\\.*")) {
                    localPath(line);
                } else if (DataUrl.isDataUrl(line) || line.matches("(?i)^[a-z][a-z0-9+.-]*://\\S+$")) {
                    address(line, null, null, null, null);
                }
            }
            return !items.isEmpty();
        }

        /** A pasted absolute path counts only when it names an existing image: text that merely starts with "/" is ignored. */
        private void localPath(String line) {
            try {
                Path path = Path.of(line);
                FileSniffer.Check check = sniffer.check(path);
                if (check.kind() == FileSniffer.Kind.IMAGE) {
                    addFile(path);
                }
            } catch (java.nio.file.InvalidPathException e) {
                // not a path after all
            }
        }

        private List<String> plainTextLines() {
            Set<String> lines = new LinkedHashSet<>();
            for (String type : TEXT_TYPES) {
                lines.addAll(DropTexts.uriListLines(DropTexts.text(data.byMimeType().get(type))));
            }
            lines.addAll(DropTexts.uriListLines(DropTexts.text(data.plainText())));
            return new ArrayList<>(lines);
        }

        // ---- helpers ------------------------------------------------------------------------

        private String add(String key, DropItem item) {
            items.merge(key, item, DropItem::mergedWith);
            return key;
        }

        private String text(List<String> types) {
            for (String type : types) {
                String t = DropTexts.text(data.byMimeType().get(type));
                if (t != null && !t.isBlank()) {
                    return t;
                }
            }
            return null;
        }
    }

    private static byte[] head(byte[] bytes) {
        return bytes.length > MagicBytes.HEAD_LENGTH ? java.util.Arrays.copyOf(bytes, MagicBytes.HEAD_LENGTH) : bytes;
    }

    private static String httpOrNull(String s) {
        if (s == null) {
            return null;
        }
        URI u = parseUri(s);
        return u != null && WebAddresses.isHttp(u) ? u.toString() : null;
    }

    private static String firstNonNull(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
