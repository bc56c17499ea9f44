package cn.gov.dehong.cloud.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key of a development or test installation when none is configured: generated once into a file of the data
 * directory (owner read/write only, next to the embedded database it protects) and read back on every start, so what
 * was encrypted or sealed stays readable after a restart and for every instance sharing the directory. Production
 * configures its keys from the environment (the {@code prod} profile requires them) and never reaches this.
 */
public final class DevelopmentKeys {

    private static final Logger log = LoggerFactory.getLogger(DevelopmentKeys.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private DevelopmentKeys() {
    }

    /** The Base64 key in {@code file}, or {@code bytes} random bytes written there first. */
    public static synchronized byte[] loadOrCreate(Path file, int bytes, String property) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            byte[] key = new byte[bytes];
            RANDOM.nextBytes(key);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            log.warn("No {} configured: generated a development key in {} (set it in production)", property, file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
