package cn.gov.dehong.cloud.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The billing pages and documents speak Chinese and English alike; templates hold message keys only. */
class BillingMessagesTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    @Test
    void bothLanguagesHaveTheSameKeysAndValidPatterns() throws IOException {
        Properties chinese = load("billing.properties");
        Properties english = load("billing_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
        for (Properties messages : new Properties[] {chinese, english}) {
            for (String key : messages.stringPropertyNames()) {
                assertThatCode(() -> new MessageFormat(messages.getProperty(key))).as(key).doesNotThrowAnyException();
            }
        }
        assertThat(CHINESE.matcher(String.join(" ", english.stringPropertyNames().stream()
                .map(english::getProperty).toList())).find()).as("English bundle without Chinese").isFalse();
    }

    @Test
    void templatesHaveNoLiteralText() throws IOException {
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates/billing"))) {
            for (Path template : templates.filter(Files::isRegularFile).toList()) {
                assertThat(CHINESE.matcher(Files.readString(template)).find()).as(template.toString()).isFalse();
            }
        }
    }

    @Test
    void theFontShipsWithItsLicence() {
        assertThat(RESOURCES.resolve("fonts/wqy-microhei.ttc")).exists();
        assertThat(RESOURCES.resolve("fonts/wqy-microhei-COPYRIGHT.txt")).content().contains("Apache-2.0");
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve("i18n").resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
