package io.pindesk.secrets;

/** How secret values appear in {@code toString()}: never the value, only whether there is one. */
public final class Masking {
    private Masking() {}

    public static String mask(String secret) {
        return secret == null ? "null" : secret.isEmpty() ? "\"\"" : "***";
    }
}
