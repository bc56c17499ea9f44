package cn.gov.dehong.cloud.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RFC 6238 Appendix B test vectors (8 digits, the three HMACs with their seeds), and the drift window. */
class TotpTests {

    private static final byte[] SEED_SHA1 = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEED_SHA256 = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEED_SHA512 = ("1234567890123456789012345678901234567890123456789012345678901234")
            .getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
            "59, 94287082, 46119246, 90693936",
            "1111111109, 07081804, 68084774, 25091201",
            "1111111111, 14050471, 67062674, 99943326",
            "1234567890, 89005924, 91819424, 93441116",
            "2000000000, 69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void rfc6238TestVectors(long epochSeconds, String sha1, String sha256, String sha512) {
        Clock fixed = Clock.fixed(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC);
        assertThat(new Totp(8, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1).code(SEED_SHA1, fixed.instant()))
                .isEqualTo(sha1);
        assertThat(new Totp(8, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA256).code(SEED_SHA256, fixed.instant()))
                .isEqualTo(sha256);
        assertThat(new Totp(8, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA512).code(SEED_SHA512, fixed.instant()))
                .isEqualTo(sha512);
    }

    @Test
    void theSixDigitCodeIsTheLastSixOfTheRfcValueAndMatchesOneStepEitherSide() {
        Totp totp = new Totp();
        Instant at = Instant.ofEpochSecond(1111111109);
        assertThat(totp.code(SEED_SHA1, at)).isEqualTo("081804");
        long step = Totp.step(at);
        assertThat(totp.matchingStep(SEED_SHA1, "081804", at)).hasValue(step);
        assertThat(totp.matchingStep(SEED_SHA1, "081804", at.plusSeconds(30))).hasValue(step);
        assertThat(totp.matchingStep(SEED_SHA1, "081804", at.minusSeconds(30))).hasValue(step);
        assertThat(totp.matchingStep(SEED_SHA1, "081804", at.plusSeconds(61))).isEmpty();
        assertThat(totp.matchingStep(SEED_SHA1, "081805", at)).isEmpty();
        assertThat(totp.matchingStep(SEED_SHA1, null, at)).isEmpty();
        assertThat(totp.matchingStep("another secret 12345".getBytes(StandardCharsets.US_ASCII), "081804", at)).isEmpty();
    }

    @Test
    void secretsAreEncryptedWithSm4AndOnlyTheRightKeyOpensThem() {
        SecretCipher cipher = new SecretCipher("AAECAwQFBgcICQoLDA0ODw==", "/nonexistent");
        String sealed = cipher.encrypt(SEED_SHA1);
        assertThat(sealed).doesNotContain("1234567890");
        assertThat(cipher.encrypt(SEED_SHA1)).isNotEqualTo(sealed);
        assertThat(cipher.decrypt(sealed)).isEqualTo(SEED_SHA1);
        SecretCipher other = new SecretCipher("DwAOAA0ADAALAAoACQAIAA==", "/nonexistent");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> other.decrypt(sealed))
                .isInstanceOf(IllegalStateException.class);
    }
}
