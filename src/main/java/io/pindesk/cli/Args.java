package io.pindesk.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parsed command-line arguments of one command: positionals, {@code --option value} (or
 * {@code --option=value}) and boolean {@code --flag}s. Each command declares what it accepts, so a
 * typo is a usage error instead of being silently ignored.
 */
public final class Args {

    private final List<String> positionals;
    private final Map<String, String> options;
    private final Set<String> flags;

    private Args(List<String> positionals, Map<String, String> options, Set<String> flags) {
        this.positionals = positionals;
        this.options = options;
        this.flags = flags;
    }

    /**
     * @param valueOptions option names (without dashes) that take a value
     * @param flagOptions  option names that take none
     */
    public static Args parse(List<String> argv, Set<String> valueOptions, Set<String> flagOptions)
            throws UsageException {
        List<String> positionals = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        Set<String> flags = new java.util.LinkedHashSet<>();
        boolean onlyPositionals = false;
        for (int i = 0; i < argv.size(); i++) {
            String token = argv.get(i);
            if (onlyPositionals || !token.startsWith("--") || token.equals("-")) {
                if (!onlyPositionals && token.startsWith("-") && token.length() > 1 && !token.equals("-")) {
                    throw new UsageException("unknown option " + token);
                }
                positionals.add(token);
                continue;
            }
            if (token.equals("--")) {
                onlyPositionals = true;
                continue;
            }
            String name = token.substring(2);
            String inlineValue = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                inlineValue = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flagOptions.contains(name)) {
                if (inlineValue != null) {
                    throw new UsageException("--" + name + " takes no value");
                }
                flags.add(name);
            } else if (valueOptions.contains(name)) {
                String value = inlineValue;
                if (value == null) {
                    if (i + 1 >= argv.size()) {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    value = argv.get(++i);
                }
                if (options.containsKey(name)) {
                    throw new UsageException("--" + name + " given twice");
                }
                options.put(name, value);
            } else {
                throw new UsageException("unknown option --" + name);
            }
        }
        return new Args(Collections.unmodifiableList(positionals), Collections.unmodifiableMap(options),
                Collections.unmodifiableSet(flags));
    }

    public List<String> positionals() {
        return positionals;
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public String required(String name) throws UsageException {
        String v = options.get(name);
        if (v == null || v.isBlank()) {
            throw new UsageException("--" + name + " is required");
        }
        return v;
    }

    public int intOption(String name, int defaultValue, int min, int max) throws UsageException {
        String v = options.get(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) {
                throw new UsageException("--" + name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, not '" + v + "'");
        }
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }
}
