package cn.gov.dehong.cloud.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every text of the audit log page exists in Chinese and English; templates use message keys only. */
class AuditMessagesTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern KEY = Pattern.compile("#\\{([\\w.]+[\\w])[}(]");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("audit_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("audit.properties").stringPropertyNames());
    }

    @Test
    void everyMessageIsAValidPattern() throws IOException {
        for (String file : new String[] {"audit.properties", "audit_en.properties"}) {
            Properties messages = load(file);
            for (String key : messages.stringPropertyNames()) {
                assertThatCode(() -> new MessageFormat(messages.getProperty(key))).as(file + " " + key)
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void everyKeyInUseExistsInBothLanguages() throws IOException {
        Set<String> used = new HashSet<>();
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates/audit"))) {
            for (Path template : templates.filter(Files::isRegularFile).toList()) {
                String html = Files.readString(template);
                assertThat(CHINESE.matcher(html).find()).as(template + " has no literal text").isFalse();
                KEY.matcher(html).results().forEach(match -> used.add(match.group(1)));
            }
        }
        used.addAll(Set.of("audit.column.objectType", "audit.column.objectId", "audit.export.sheet",
                "audit.export.fileName"));
        assertThat(used).hasSizeGreaterThan(15);
        assertThat(all("")).containsAll(used);
        assertThat(all("_en")).containsAll(used);
    }

    /** The keys of every bundle in one language: pages also use shared keys (nav, action, pager, status...). */
    private static Set<String> all(String suffix) throws IOException {
        Set<String> keys = new HashSet<>();
        try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                boolean english = name.endsWith("_en.properties");
                if (name.endsWith(".properties") && english == suffix.equals("_en")) {
                    keys.addAll(load(name).stringPropertyNames());
                }
            }
        }
        return keys;
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve("i18n").resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
