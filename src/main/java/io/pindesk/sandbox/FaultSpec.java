package io.pindesk.sandbox;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which failures the sandbox injects into {@code /v5} requests. Rates are probabilities 0–1 drawn from a
 * seeded random generator, so a run is repeatable.
 *
 * <p>Text form (for {@code --faults}): comma-separated {@code 5xx=0.05}, {@code reset=0.01},
 * {@code stall=0.01}, {@code stall-ms=5000}, {@code seed=42}, and per category
 * {@code org_read=1000/60s} or {@code org_write=100/60s+retry-after} (append {@code +headers} for
 * {@code x-ratelimit-*} headers).
 */
public record FaultSpec(double serverErrorRate, double resetRate, double stallRate, Duration stall, long seed,
        Map<String, RateLimit> rateLimits) {

    private static final Pattern LIMIT = Pattern.compile("(\\d+)/(\\d+)(ms|s|m|h)((?:\\+[a-z-]+)*)");

    public FaultSpec {
        checkRate("5xx", serverErrorRate);
        checkRate("reset", resetRate);
        checkRate("stall", stallRate);
        if (stall == null || stall.isNegative()) {
            throw new IllegalArgumentException("stall must be 0 or more");
        }
        rateLimits = Map.copyOf(rateLimits);
    }

    public static FaultSpec none() {
        return new FaultSpec(0, 0, 0, Duration.ofSeconds(10), 1, Map.of());
    }

    public FaultSpec withServerErrorRate(double rate) {
        return new FaultSpec(rate, resetRate, stallRate, stall, seed, rateLimits);
    }

    public FaultSpec withResetRate(double rate) {
        return new FaultSpec(serverErrorRate, rate, stallRate, stall, seed, rateLimits);
    }

    public FaultSpec withStalls(double rate, Duration duration) {
        return new FaultSpec(serverErrorRate, resetRate, rate, duration, seed, rateLimits);
    }

    public FaultSpec withSeed(long newSeed) {
        return new FaultSpec(serverErrorRate, resetRate, stallRate, stall, newSeed, rateLimits);
    }

    /** Adds or replaces the quota of one category ({@code org_read}, {@code org_write}, …). */
    public FaultSpec withRateLimit(String category, RateLimit limit) {
        Map<String, RateLimit> copy = new LinkedHashMap<>(rateLimits);
        copy.put(category, limit);
        return new FaultSpec(serverErrorRate, resetRate, stallRate, stall, seed, copy);
    }

    public static FaultSpec parse(String text) {
        FaultSpec spec = none();
        if (text == null || text.isBlank()) {
            return spec;
        }
        for (String part : text.split(",")) {
            String p = part.trim();
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("fault '" + p + "' must look like name=value");
            }
            String name = p.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String value = p.substring(eq + 1).trim();
            spec = switch (name) {
                case "5xx" -> spec.withServerErrorRate(rate(name, value));
                case "reset" -> spec.withResetRate(rate(name, value));
                case "stall" -> spec.withStalls(rate(name, value), spec.stall);
                case "stall-ms" -> spec.withStalls(spec.stallRate, Duration.ofMillis(number(name, value)));
                case "seed" -> spec.withSeed(number(name, value));
                default -> {
                    if (!name.matches("[a-z_]+")) {
                        throw new IllegalArgumentException("unknown fault '" + name + "'");
                    }
                    yield spec.withRateLimit(name, limit(name, value));
                }
            };
        }
        return spec;
    }

    private static RateLimit limit(String category, String value) {
        Matcher m = LIMIT.matcher(value.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "rate limit for " + category + " must look like 100/60s[+retry-after][+headers], not '" + value + "'");
        }
        long amount = Long.parseLong(m.group(2));
        Duration window = switch (m.group(3)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
        String opts = m.group(4);
        for (String opt : opts.split("\\+")) {
            if (!opt.isEmpty() && !opt.equals("retry-after") && !opt.equals("headers")) {
                throw new IllegalArgumentException("unknown rate-limit option '+" + opt + "'");
            }
        }
        return new RateLimit(Integer.parseInt(m.group(1)), window, opts.contains("+retry-after"),
                opts.contains("+headers"));
    }

    private static double rate(String name, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number between 0 and 1, not '" + value + "'");
        }
    }

    private static long number(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }

    private static void checkRate(String name, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(name + " rate must be between 0 and 1");
        }
    }
}
