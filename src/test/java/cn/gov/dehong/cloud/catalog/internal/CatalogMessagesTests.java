package cn.gov.dehong.cloud.catalog.internal;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.gov.dehong.cloud.catalog.SpecParameter;
import org.junit.jupiter.api.Test;

/** Every text of the catalog pages and errors exists in Chinese and English (templates use message keys only). */
class CatalogMessagesTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java/cn/gov/dehong/cloud/catalog");
    private static final Set<String> CATEGORIES =
            Set.of("COMPUTE", "STORAGE", "NETWORK", "SECURITY", "DATABASE", "MANAGEMENT", "SOFTWARE", "HOSTING");




    @Test
    void theShippedCategoriesAreTranslated() throws IOException {
        String products = Files.readString(RESOURCES.resolve("db/migration/V20_1__catalog_products.sql"));
        Matcher matcher = Pattern.compile("'([A-Z]+)',\\s+'[^']+',\\s+'[^']*',\\s+(TRUE|FALSE)").matcher(products);
        Set<String> shipped = new HashSet<>();
        while (matcher.find()) {
            shipped.add(matcher.group(1));
        }
        assertThat(shipped).isNotEmpty();
        assertThat(CATEGORIES).containsAll(shipped);
    }

    private static void collect(Pattern pattern, String text, Set<String> keys) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve("i18n").resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
