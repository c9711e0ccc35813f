package io.pindesk.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;

/** Self-contained HTML pages (no external resources) with headers that keep them from leaking or being framed. */
final class Html {

    private Html() {}

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static SandboxResponse page(int status, String title, String bodyHtml) {
        String html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + escape(title) + " · PinDesk local sandbox</title><style>"
                + "body{font-family:system-ui,sans-serif;background:#f4f4f4;color:#111;margin:0}"
                + "main{max-width:34rem;margin:3rem auto;background:#fff;border-radius:16px;padding:2rem;"
                + "box-shadow:0 2px 12px #0002}h1{font-size:1.4rem}label{display:block;margin:.5rem 0}"
                + "fieldset{border:1px solid #ddd;border-radius:8px}button{font-size:1rem;padding:.6rem 1.4rem;"
                + "border-radius:24px;border:0;background:#e9e9e9;cursor:pointer}button.allow{background:#e60023;"
                + "color:#fff}.who{color:#555;font-size:.9rem}.badge{font-size:.75rem;color:#767676}"
                + "</style></head><body><main><div class=\"badge\">PinDesk local sandbox — not Pinterest</div><h1>"
                + escape(title) + "</h1>" + bodyHtml + "</main></body></html>";
        return secure(new SandboxResponse(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8),
                new LinkedHashMap<>()));
    }

    static SandboxResponse secure(SandboxResponse r) {
        r.headers().put("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
        r.headers().put("Referrer-Policy", "no-referrer");
        r.headers().put("X-Frame-Options", "DENY");
        r.headers().put("Cache-Control", "no-store");
        return r;
    }
}
