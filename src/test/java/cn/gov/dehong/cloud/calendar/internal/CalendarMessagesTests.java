package cn.gov.dehong.cloud.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.gov.dehong.cloud.calendar.WorkingDayCalendar.YearStatus;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every text of the calendar pages and errors exists in Chinese and English (templates use message keys only). */
class CalendarMessagesTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java/cn/gov/dehong/cloud/calendar");




    @Test
    void csvErrorsNameTheLineAndTheReason() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/calendar");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Object[] arguments = {3, new DefaultMessageSourceResolvable(new String[] {"calendar.error.date"},
                new Object[] {"2026-13-01"})};

        assertThat(messages.getMessage("calendar.error.csv.line", arguments, Locale.SIMPLIFIED_CHINESE))
                .startsWith("第 3 行：日期“2026-13-01”无效");
        assertThat(messages.getMessage("calendar.error.csv.line", arguments, Locale.ENGLISH))
                .startsWith("Line 3: Date \"2026-13-01\" is invalid");
        assertThat(messages.getMessage("calendar.heading", new Object[] {2027}, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("2027 年工作日历");
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
