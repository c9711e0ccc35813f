package io.pindesk.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks anything in a log line that could be a credential: Pinterest tokens ({@code pina…},
 * {@code pinr…}, {@code pinc…}), {@code Authorization} header values, and the values of OAuth
 * parameters ({@code code}, {@code state}, {@code code_verifier}, {@code client_secret},
 * {@code access_token}, {@code refresh_token}) in query strings, form bodies and JSON.
 *
 * <p>It is the last line of defence: code should not log such values in the first place.
 */
public final class Redactor {

    static final String MASK = "[redacted]";

    private static final Pattern TOKEN = Pattern.compile("\\bpin[arc][A-Za-z0-9._~+/=-]{6,}");

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "(?i)(\\bauthorization\\b\"?\\s*[:=]\\s*\"?)(?:(bearer|basic)\\s+)?[^\\s\",;&}]+");

    private static final Pattern PARAMETER = Pattern.compile(
            "(?i)(\\b(?:code|state|code_verifier|client_secret|access_token|refresh_token|password|app_secret)"
                    + "(?:\"\\s*:\\s*\"|\\s*=\\s*))[^\\s\"&,;}]+");

    private Redactor() {}

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = TOKEN.matcher(text).replaceAll(MASK);
        Matcher auth = AUTHORIZATION.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (auth.find()) {
            String scheme = auth.group(2) == null ? "" : auth.group(2) + " ";
            auth.appendReplacement(sb, Matcher.quoteReplacement(auth.group(1) + scheme + MASK));
        }
        auth.appendTail(sb);
        out = sb.toString();
        out = PARAMETER.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
        return out;
    }
}
