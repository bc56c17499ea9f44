package cn.gov.dehong.cloud.organization.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import cn.gov.dehong.cloud.shared.DevelopmentKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts the TOTP secrets at rest with SM4-GCM (GB/T 32907, BouncyCastle; GB/T 39786-2021: keys outside the
 * database). The key is {@code dehong.security.totp.key} (Base64 of 16 bytes, environment {@code DEHONG_TOTP_KEY});
 * the {@code prod} profile requires it. Without it (development, tests) a random key is generated once into
 * {@code ${dehong.data-dir}/totp.key}, next to the embedded database it protects.
 */
@Component
class SecretCipher {

    private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);
    private static final String TRANSFORMATION = "SM4/GCM/NoPadding";
    private static final int NONCE = 12;

    private final BouncyCastleProvider provider = new BouncyCastleProvider();
    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    SecretCipher(@Value("${dehong.security.totp.key:}") String configuredKey,
                 @Value("${dehong.data-dir:./data}") String dataDir) {
        byte[] bytes = configuredKey.isBlank() ? DevelopmentKeys.loadOrCreate(Path.of(dataDir, "totp.key"), 16,
                "dehong.security.totp.key")
                : Base64.getDecoder().decode(configuredKey.trim());
        if (bytes.length != 16) {
            throw new IllegalStateException("dehong.security.totp.key must be the Base64 of 16 bytes (SM4)");
        }
        this.key = new SecretKeySpec(bytes, "SM4");
    }

    String encrypt(byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance(TRANSFORMATION, provider);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = new byte[NONCE + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE);
            System.arraycopy(sealed, 0, out, NONCE, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] decrypt(String stored) {
        try {
            byte[] in = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance(TRANSFORMATION, provider);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, NONCE));
            return cipher.doFinal(in, NONCE, in.length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TOTP secret cannot be decrypted (wrong dehong.security.totp.key?)", e);
        }
    }
}
