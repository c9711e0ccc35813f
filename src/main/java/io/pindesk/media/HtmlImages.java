package io.pindesk.media;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code <img>} elements in dragged or pasted HTML fragments: the best address of each
 * (largest {@code srcset} candidate, lazy-loading {@code data-src} over a placeholder), the
 * enclosing {@code <a href>}, alt and title, and the page address from {@code <base href>} or a
 * Windows CF_HTML {@code SourceURL:} header. A forgiving tag scanner, not a full HTML parser:
 * fragments from browsers are small and often unbalanced. Addresses are returned unresolved.
 */
final class HtmlImages {

    /** One image: {@code url} is the one to use, {@code candidates} every address naming the same picture. */
    record Img(String url, List<String> candidates, String link, String alt, String title) {}

    record Parsed(List<Img> images, List<String> anchors, String base) {}

    private static final Pattern SOURCE_URL = Pattern.compile("(?m)^SourceURL:\\s*(\\S+)\\s*$");
    private static final Pattern WIDTH = Pattern.compile("(\\d+)w");
    private static final Pattern DENSITY = Pattern.compile("(\\d+(?:\\.\\d+)?|\\.\\d+)x");

    private HtmlImages() {}

    static Parsed parse(String html) {
        List<Img> images = new ArrayList<>();
        List<String> anchors = new ArrayList<>();
        String base = null;
        if (html == null) {
            return new Parsed(images, anchors, null);
        }
        Matcher source = SOURCE_URL.matcher(html.length() > 4096 ? html.substring(0, 4096) : html);
        if (source.find()) {
            base = source.group(1);
        }
        Deque<String> open = new ArrayDeque<>(); // hrefs of open <a> elements ("" when without href)
        int i = 0;
        int n = html.length();
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0) {
                break;
            }
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            Tag tag = Tag.read(html, lt);
            if (tag == null) {
                i = lt + 1;
                continue;
            }
            i = tag.end;
            switch (tag.name) {
                case "a" -> {
                    if (tag.closing) {
                        open.poll();
                    } else {
                        String href = tag.attr("href");
                        open.push(href == null ? "" : href);
                        if (href != null) {
                            anchors.add(href);
                        }
                    }
                }
                case "img" -> {
                    if (!tag.closing) {
                        Img img = image(tag, open.isEmpty() || open.peek().isEmpty() ? null : open.peek());
                        if (img != null) {
                            images.add(img);
                        }
                    }
                }
                case "base" -> {
                    if (base == null && tag.attr("href") != null) {
                        base = tag.attr("href");
                    }
                }
                case "script", "style" -> {
                    if (!tag.closing) {
                        int close = html.toLowerCase(Locale.ROOT).indexOf("</" + tag.name, i);
                        i = close < 0 ? n : close;
                    }
                }
                default -> { }
            }
        }
        return new Parsed(images, anchors, base);
    }

    private static Img image(Tag tag, String link) {
        List<String> candidates = new ArrayList<>();
        String src = tag.attr("src");
        String lazy = firstNonBlank(tag.attr("data-src"), tag.attr("data-lazy-src"), tag.attr("data-original"));
        String srcset = firstNonBlank(tag.attr("srcset"), tag.attr("data-srcset"));
        String best = srcset == null ? null : largest(srcset, candidates);
        if (best == null) {
            // lazy loaders put a 1×1 data: placeholder in src and the real address in data-src
            best = lazy != null && (src == null || src.isBlank() || DataUrl.isDataUrl(src)) ? lazy : src;
        }
        if (src != null && !src.isBlank()) {
            candidates.add(src.strip());
        }
        if (lazy != null) {
            candidates.add(lazy.strip());
        }
        if (best == null || best.isBlank()) {
            return null;
        }
        return new Img(best.strip(), candidates, link, blankToNull(tag.attr("alt")), blankToNull(tag.attr("title")));
    }

    /**
     * The largest candidate of a srcset: by width descriptor when any candidate has one, else by
     * pixel density (no descriptor means 1x). Adds every candidate's address to {@code all}.
     */
    static String largest(String srcset, List<String> all) {
        String bestUrl = null;
        double bestW = -1;
        double bestX = -1;
        int i = 0;
        int n = srcset.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(srcset.charAt(i)) || srcset.charAt(i) == ',')) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(srcset.charAt(i))) {
                i++;
            }
            String url = srcset.substring(start, i);
            String descriptor = "";
            if (url.endsWith(",")) {
                url = url.replaceAll(",+$", "");
            } else {
                int d = i;
                int depth = 0;
                while (i < n && (srcset.charAt(i) != ',' || depth > 0)) {
                    char c = srcset.charAt(i);
                    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                    i++;
                }
                descriptor = srcset.substring(d, i).strip();
            }
            if (url.isEmpty()) {
                continue;
            }
            all.add(url);
            double w = match(WIDTH, descriptor, -1);
            double x = w >= 0 ? -1 : match(DENSITY, descriptor, 1);
            boolean better = bestUrl == null || (w >= 0 ? (bestW < 0 || w > bestW) : (bestW < 0 && x > bestX));
            if (better) {
                bestUrl = url;
                bestW = w;
                bestX = x;
            }
        }
        return bestUrl;
    }

    private static double match(Pattern p, String descriptor, double fallback) {
        for (String part : descriptor.split("\\s+")) {
            Matcher m = p.matcher(part);
            if (m.matches()) {
                try {
                    return Double.parseDouble(m.group(1));
                } catch (NumberFormatException e) {
                    return fallback;
                }
            }
        }
        return fallback;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** One start or end tag with its attributes (names lower-cased, values entity-decoded). */
    private static final class Tag {
        String name;
        boolean closing;
        int end;
        final Map<String, String> attrs = new HashMap<>();

        String attr(String key) {
            return attrs.get(key);
        }

        static Tag read(String s, int lt) {
            int n = s.length();
            int i = lt + 1;
            Tag tag = new Tag();
            if (i < n && s.charAt(i) == '/') {
                tag.closing = true;
                i++;
            }
            int nameStart = i;
            while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == ':')) {
                i++;
            }
            if (i == nameStart || !Character.isLetter(s.charAt(nameStart))) {
                return null;
            }
            tag.name = s.substring(nameStart, i).toLowerCase(Locale.ROOT);
            while (i < n) {
                char c = s.charAt(i);
                if (c == '>') {
                    tag.end = i + 1;
                    return tag;
                }
                if (Character.isWhitespace(c) || c == '/') {
                    i++;
                    continue;
                }
                int a = i;
                while (i < n && !Character.isWhitespace(s.charAt(i)) && "=>/".indexOf(s.charAt(i)) < 0) {
                    i++;
                }
                String key = s.substring(a, i).toLowerCase(Locale.ROOT);
                while (i < n && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                String value = "";
                if (i < n && s.charAt(i) == '=') {
                    i++;
                    while (i < n && Character.isWhitespace(s.charAt(i))) {
                        i++;
                    }
                    if (i < n && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
                        char q = s.charAt(i);
                        int close = s.indexOf(q, i + 1);
                        value = s.substring(i + 1, close < 0 ? n : close);
                        i = close < 0 ? n : close + 1;
                    } else {
                        int v = i;
                        while (i < n && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '>') {
                            i++;
                        }
                        value = s.substring(v, i);
                    }
                }
                if (!key.isEmpty()) {
                    tag.attrs.putIfAbsent(key, HtmlEntities.decode(value));
                }
            }
            tag.end = n; // unterminated tag at the end of a fragment: take what we have
            return tag;
        }
    }
}
