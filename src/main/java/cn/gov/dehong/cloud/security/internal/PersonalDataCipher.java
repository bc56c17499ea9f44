package cn.gov.dehong.cloud.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

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
 * Personal data at rest (GB/T 39786-2021 §8.4): SM4 (GB/T 32907) in GCM mode, a fresh 12-byte IV per value, stored as
 * {@code sm4:} + Base64(IV ‖ ciphertext ‖ tag). The 128-bit key comes from {@code dehong.security.personal-data-key}
 * (32 hex digits, environment {@code DEHONG_PERSONAL_DATA_KEY}), never from the repository or the database. Without
 * it (development, tests) a key is generated once into {@code ${dehong.data-dir}/personal-data.key} ({@link
 * DevelopmentKeys}); the {@code prod} profile requires the configured key. A value without the prefix is legacy plain text, read as is and encrypted on its next write.
 */
@Component
class PersonalDataCipher {

    static final String PREFIX = "sm4:";
    private static final Logger log = LoggerFactory.getLogger(PersonalDataCipher.class);
    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;

    PersonalDataCipher(@Value("${dehong.security.personal-data-key:}") String hexKey,
                       @Value("${dehong.data-dir:./data}") String dataDir) {
        this.key = hexKey == null || hexKey.isBlank()
                ? new SecretKeySpec(DevelopmentKeys.loadOrCreate(java.nio.file.Path.of(dataDir, "personal-data.key"), 16,
                        "dehong.security.personal-data-key"), "SM4")
                : parse(hexKey.strip());
    }

    String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("SM4/GCM/NoPadding", PROVIDER);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM4 encryption failed", e);
        }
    }

    /** The plain value; null when it was written under another key (or tampered with), never an exception. */
    String decrypt(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("SM4/GCM/NoPadding", PROVIDER);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            log.warn("A personal data value cannot be decrypted with the configured key; shown as missing");
            return null;
        }
    }

    /** 13800001234 → 138****1234; anything shorter than 7 characters is masked whole. */
    static String mask(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String digits = phone.strip();
        return digits.length() < 7 ? "****" : digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }

    private static SecretKeySpec parse(String hex) {
        byte[] bytes;
        try {
            bytes = HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("dehong.security.personal-data-key must be 32 hex digits (128 bits)", e);
        }
        if (bytes.length != 16) {
            throw new IllegalStateException("dehong.security.personal-data-key must be 32 hex digits (128 bits)");
        }
        return new SecretKeySpec(bytes, "SM4");
    }
}
