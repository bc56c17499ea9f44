package cn.gov.dehong.cloud.calendar.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A calendar file: {@code date,kind,name} rows (the header line is optional, lines starting with {@code #} are
 * comments). Every row is checked before anything is stored; an error names the line and, as a nested message, what
 * is wrong with it.
 */
final class CalendarCsv {

    private static final String HEADER = "date,kind,name";

    /** Excel on a Chinese Windows saves CSV in GBK unless told otherwise; GB18030 is its superset. */
    private static final Charset EXCEL_CHINESE = Charset.forName("GB18030");

    private final List<Row> rows;

    private CalendarCsv(List<Row> rows) {
        this.rows = rows;
    }

    private record Row(int line, DayEntry entry) {
    }

    static CalendarCsv parse(byte[] content) {
        List<Row> rows = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        String[] lines = decode(content).split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.replace(" ", "").equalsIgnoreCase(HEADER)) {
                continue;
            }
            DayEntry entry = entry(line, lineNumber);
            if (seen.putIfAbsent(entry.date(), lineNumber) != null) {
                throw lineError(lineNumber, "calendar.error.csv.duplicate", entry.date(), seen.get(entry.date()));
            }
            rows.add(new Row(lineNumber, entry));
        }
        return new CalendarCsv(rows);
    }

    SortedSet<Integer> years() {
        SortedSet<Integer> years = new TreeSet<>();
        rows.forEach(row -> years.add(row.entry().date().getYear()));
        return years;
    }

    /** All rows, which must belong to {@code year}: an upload replaces one year and must not touch its neighbours. */
    List<DayEntry> entriesOf(int year) {
        for (Row row : rows) {
            if (row.entry().date().getYear() != year) {
                throw lineError(row.line(), "calendar.error.csv.otherYear", row.entry().date(), year);
            }
        }
        if (rows.isEmpty()) {
            throw BusinessRuleException.invalid("calendar.error.csv.empty", year);
        }
        return rows.stream().map(Row::entry).toList();
    }

    /** The rows of one year, for files that hold several (the shipped reference file). */
    List<DayEntry> entriesIn(int year) {
        return rows.stream().map(Row::entry).filter(entry -> entry.date().getYear() == year).toList();
    }

    private static DayEntry entry(String line, int lineNumber) {
        List<String> fields = fields(line);
        if (fields.size() != 3) {
            throw lineError(lineNumber, "calendar.error.csv.columns");
        }
        try {
            return DayEntry.of(fields.get(0), fields.get(1), fields.get(2));
        } catch (BusinessRuleException e) {
            throw new BusinessRuleException(e.getStatus(), "calendar.error.csv.line", lineNumber,
                    new DefaultMessageSourceResolvable(new String[] {e.getMessageKey()}, e.getArguments()));
        }
    }

    private static BusinessRuleException lineError(int lineNumber, String key, Object... arguments) {
        return BusinessRuleException.invalid("calendar.error.csv.line", lineNumber,
                new DefaultMessageSourceResolvable(new String[] {key}, arguments));
    }

    /** Comma-separated fields; a field may be double-quoted (spreadsheets quote names with commas), "" is a quote. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }

    private static String decode(byte[] content) {
        int offset = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(content, offset, content.length - offset, EXCEL_CHINESE);
        }
    }
}
