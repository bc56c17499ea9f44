package cn.gov.dehong.cloud.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonalDataCipherTests {

    private static final String KEY = "0123456789abcdeffedcba9876543210";

    @Test
    void sm4RoundTripWithAFreshIvPerValue() {
        PersonalDataCipher cipher = new PersonalDataCipher(KEY, "unused");
        String first = cipher.encrypt("13800001234");
        String second = cipher.encrypt("13800001234");
        assertThat(first).startsWith(PersonalDataCipher.PREFIX).doesNotContain("13800001234").isNotEqualTo(second);
        assertThat(cipher.decrypt(first)).isEqualTo("13800001234");
        assertThat(cipher.decrypt(second)).isEqualTo("13800001234");
        assertThat(cipher.encrypt(null)).isNull();
        // legacy plain text is read as is
        assertThat(cipher.decrypt("0692-2123456")).isEqualTo("0692-2123456");
    }

    @Test
    void anotherKeyOrATamperedValueReadsAsMissing() {
        String sealed = new PersonalDataCipher(KEY, "unused").encrypt("13800001234");
        assertThat(new PersonalDataCipher("ffffffffffffffffffffffffffffffff", "unused").decrypt(sealed)).isNull();
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(PersonalDataCipher.PREFIX.length()));
        bytes[bytes.length - 1] ^= 1;
        String tampered = PersonalDataCipher.PREFIX + Base64.getEncoder().encodeToString(bytes);
        assertThat(new PersonalDataCipher(KEY, "unused").decrypt(tampered)).isNull();
    }

    @Test
    void aKeyMustBe128Bits() {
        assertThatThrownBy(() -> new PersonalDataCipher("abcd", "unused")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PersonalDataCipher("zz23456789abcdeffedcba9876543210", "unused"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAConfiguredKeyOneIsGeneratedIntoTheDataDirectoryAndReadBackAfterARestart(@TempDir Path dataDir) {
        String sealed = new PersonalDataCipher("", dataDir.toString()).encrypt("13800001234");
        assertThat(dataDir.resolve("personal-data.key")).exists();
        // a second start (or a second instance on the same data directory) reads what the first one wrote
        assertThat(new PersonalDataCipher("", dataDir.toString()).decrypt(sealed)).isEqualTo("13800001234");
    }

    @Test
    void masksAllButTheFirstThreeAndTheLastFour() {
        assertThat(PersonalDataCipher.mask("13800001234")).isEqualTo("138****1234");
        assertThat(PersonalDataCipher.mask("0692-2123456")).isEqualTo("069****3456");
        assertThat(PersonalDataCipher.mask("12345")).isEqualTo("****");
        assertThat(PersonalDataCipher.mask(null)).isNull();
    }
}
