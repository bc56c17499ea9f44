package cn.gov.dehong.cloud.organization.internal;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * RFC 6238 time-based one-time passwords through {@code com.eatthepath:java-otp}: 30-second steps, and, for the
 * platform, HMAC-SHA1 with 6 digits (what every authenticator app reads from an {@code otpauth://} URI). A code is
 * accepted for the current step and one step either side (clock drift).
 */
final class Totp {

    static final Duration STEP = Duration.ofSeconds(30);
    static final int DRIFT_STEPS = 1;

    private final TimeBasedOneTimePasswordGenerator generator;
    private final String macAlgorithm;

    Totp() {
        this(6, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
    }

    Totp(int digits, String macAlgorithm) {
        this.generator = new TimeBasedOneTimePasswordGenerator(STEP, digits, macAlgorithm);
        this.macAlgorithm = macAlgorithm;
    }

    static long step(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP.toSeconds());
    }

    String code(byte[] secret, long step) {
        try {
            return generator.generateOneTimePasswordString(new SecretKeySpec(secret, macAlgorithm),
                    Instant.ofEpochSecond(step * STEP.toSeconds()), java.util.Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    String code(byte[] secret, Instant at) {
        return code(secret, step(at));
    }

    /** The time step within the drift window whose code is {@code code}, compared in constant time. */
    OptionalLong matchingStep(byte[] secret, String code, Instant now) {
        if (code == null) {
            return OptionalLong.empty();
        }
        byte[] given = code.trim().getBytes(StandardCharsets.US_ASCII);
        long current = step(now);
        OptionalLong match = OptionalLong.empty();
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            if (MessageDigest.isEqual(given, code(secret, step).getBytes(StandardCharsets.US_ASCII))) {
                match = OptionalLong.of(step);
            }
        }
        return match;
    }
}
