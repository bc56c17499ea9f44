package cn.gov.dehong.cloud.platform.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * How pages show values: instants (stored in UTC) in Asia/Shanghai, money in CNY with fen precision.
 * Templates call it as {@code ${@fmt.time(step.startedAt)}}.
 */
@Component("fmt")
public class DisplayFormat {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SHANGHAI);

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("¥#,##0.00");
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }
}
