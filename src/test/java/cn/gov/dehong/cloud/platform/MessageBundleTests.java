package cn.gov.dehong.cloud.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Chinese and English say the same things: every bundle has the same keys in both languages, and every message
 * key a template uses literally exists.
 */
class MessageBundleTests {

    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern THROWN_KEY = Pattern.compile(
            "(?:invalid|conflict|notFound|forbidden|HttpStatus\\.[A-Z_]+,)\\s*\\(?\\s*\"([a-z][a-zA-Z0-9.]*)\"");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9._]*[a-zA-Z0-9])(?:\\(|})");

    @Test
    void everyBundleHasTheSameKeysInChineseAndEnglish() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path chinese : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                Path english = I18N.resolve(chinese.getFileName().toString().replace(".properties", "_en.properties"));
                assertThat(english).as("English bundle of " + chinese).exists();
                assertThat(load(english).stringPropertyNames()).as(english.toString())
                        .containsExactlyInAnyOrderElementsOf(load(chinese).stringPropertyNames());
            }
        }
    }

    @Test
    void everyLiteralKeyATemplateUsesExists() throws IOException {
        Set<String> keys = allKeys();
        try (Stream<Path> templates = Files.walk(TEMPLATES)) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    assertThat(keys).as("message key used in " + template).contains(matcher.group(1));
                }
            }
        }
    }

    @Test
    void everyMessageIsAValidPattern() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path file : files.toList()) {
                Properties messages = load(file);
                for (String key : messages.stringPropertyNames()) {
                    assertThatCode(() -> new MessageFormat(messages.getProperty(key))).as(file + ": " + key)
                            .doesNotThrowAnyException();
                }
            }
        }
    }

    @Test
    void everyErrorKeyTheCodeThrowsExists() throws IOException {
        Set<String> keys = allKeys();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = THROWN_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    assertThat(keys).as("message key thrown in " + source).contains(matcher.group(1));
                }
            }
        }
    }

    private static Set<String> allKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path file : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                keys.addAll(load(file).stringPropertyNames());
            }
        }
        return keys;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
