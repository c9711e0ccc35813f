package io.pindesk.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link SandboxServer} runs. Build with {@link #builder()}; every value has a sensible default
 * (free port, in-memory data, strict profile, demo library, no latency, no faults).
 *
 * @param dataDir           where the library, tokens and images persist; {@code null} keeps everything in memory
 * @param accessTokenTtl    overrides the profile's access-token lifetime when not null
 * @param refreshTokenTtl   overrides the profile's refresh-token lifetime when not null
 * @param maxImageBytes     the largest image accepted from {@code image_base64} or {@code image_url}
 * @param clientSecret      the built-in client's secret; {@code null} = generated (and kept in {@code dataDir})
 */
public record SandboxConfig(int port, Path dataDir, SandboxProfile profile, SandboxSeed seed, Duration latency,
        FaultSpec faults, SandboxClock clock, Duration accessTokenTtl, Duration refreshTokenTtl, long maxImageBytes,
        Duration imageFetchTimeout, String clientSecret, int threads) {

    /** The built-in client's id (a digit string, like Pinterest app ids). */
    public static final String CLIENT_ID = "1509632";

    public SandboxConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0–65535");
        }
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(faults, "faults");
        Objects.requireNonNull(clock, "clock");
        if (maxImageBytes < 1) {
            throw new IllegalArgumentException("maxImageBytes must be positive");
        }
        if (threads < 2) {
            throw new IllegalArgumentException("threads must be at least 2");
        }
    }

    public Duration effectiveAccessTokenTtl() {
        return accessTokenTtl != null ? accessTokenTtl : profile.accessTokenTtl();
    }

    public Duration effectiveRefreshTokenTtl() {
        return refreshTokenTtl != null ? refreshTokenTtl : profile.refreshTokenTtl();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder; unset values take the defaults listed on {@link SandboxConfig}. */
    public static final class Builder {
        private int port;
        private Path dataDir;
        private SandboxProfile profile = SandboxProfile.STRICT;
        private SandboxSeed seed = SandboxSeed.demo();
        private Duration latency = Duration.ZERO;
        private FaultSpec faults = FaultSpec.none();
        private SandboxClock clock;
        private Duration accessTokenTtl;
        private Duration refreshTokenTtl;
        private long maxImageBytes = 20L * 1024 * 1024;
        private Duration imageFetchTimeout = Duration.ofSeconds(5);
        private String clientSecret;
        // Enough that the sandbox is never the limit on concurrency: PinDesk keeps up to 64 reads in flight, and
        // with simulated latency each of them holds a sandbox thread while it waits.
        private int threads = 80;

        public Builder port(int value) {
            this.port = value;
            return this;
        }

        public Builder dataDir(Path value) {
            this.dataDir = value;
            return this;
        }

        public Builder profile(SandboxProfile value) {
            this.profile = value;
            return this;
        }

        public Builder seed(SandboxSeed value) {
            this.seed = value;
            return this;
        }

        public Builder latency(Duration value) {
            this.latency = value;
            return this;
        }

        public Builder faults(FaultSpec value) {
            this.faults = value;
            return this;
        }

        public Builder clock(SandboxClock value) {
            this.clock = value;
            return this;
        }

        public Builder accessTokenTtl(Duration value) {
            this.accessTokenTtl = value;
            return this;
        }

        public Builder refreshTokenTtl(Duration value) {
            this.refreshTokenTtl = value;
            return this;
        }

        public Builder maxImageBytes(long value) {
            this.maxImageBytes = value;
            return this;
        }

        public Builder imageFetchTimeout(Duration value) {
            this.imageFetchTimeout = value;
            return this;
        }

        public Builder clientSecret(String value) {
            this.clientSecret = value;
            return this;
        }

        public Builder threads(int value) {
            this.threads = value;
            return this;
        }

        public SandboxConfig build() {
            return new SandboxConfig(port, dataDir, profile, seed, latency, faults,
                    clock != null ? clock : SandboxClock.system(), accessTokenTtl, refreshTokenTtl, maxImageBytes,
                    imageFetchTimeout, clientSecret, threads);
        }
    }
}
