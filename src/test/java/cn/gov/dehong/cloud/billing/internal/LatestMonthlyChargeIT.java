package cn.gov.dehong.cloud.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.dehong.cloud.billing.BillingFigures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The fee at stake of a supervision candidate is the latest month billing charged, at most a year back; asked for a
 * few instances (looked up by id) or for thousands (one pass over each month), the answer is the same.
 */
@SpringBootTest
class LatestMonthlyChargeIT {

    /** Far above the ids any other test creates, so that the lines of this test are its own. */
    private static final long BASE = 9_100_000_000L;
    private static final YearMonth UP_TO = YearMonth.of(2031, 6);

    @Autowired BillingFigures billing;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theLatestChargedMonthWinsWhetherAFewOrThousandsOfInstancesAreAsked() {
        // instance 1: charged in June (two components) and May; 2: only in March; 3: a year and a month back; 4: never
        line(UP_TO, BASE + 1, "BASE", "100.00");
        line(UP_TO, BASE + 1, "DISK", "20.50");
        line(UP_TO.minusMonths(1), BASE + 1, "BASE", "999.00");
        line(UP_TO.minusMonths(3), BASE + 2, "BASE", "75.25");
        line(UP_TO.minusMonths(12), BASE + 3, "BASE", "60.00");
        List<Long> few = List.of(BASE + 1, BASE + 2, BASE + 3, BASE + 4);

        Map<Long, BigDecimal> byId = billing.latestMonthlyCharge(few, UP_TO);

        assertThat(byId).containsOnlyKeys(BASE + 1, BASE + 2);
        assertThat(byId.get(BASE + 1)).isEqualByComparingTo("120.50");
        assertThat(byId.get(BASE + 2)).isEqualByComparingTo("75.25");

        List<Long> many = new ArrayList<>(few);
        for (long i = 0; i <= BillingFigureQueries.WHOLE_PERIOD_FROM; i++) {
            many.add(BASE + 1_000 + i);
        }
        line(UP_TO.minusMonths(2), BASE + 1_000, "BASE", "33.00");

        Map<Long, BigDecimal> inOnePass = billing.latestMonthlyCharge(many, UP_TO);

        assertThat(inOnePass).containsOnlyKeys(BASE + 1, BASE + 2, BASE + 1_000);
        assertThat(inOnePass.get(BASE + 1)).isEqualByComparingTo("120.50");
        assertThat(inOnePass.get(BASE + 2)).isEqualByComparingTo("75.25");
        assertThat(inOnePass.get(BASE + 1_000)).isEqualByComparingTo("33.00");
    }

    private void line(YearMonth period, long instanceId, String component, String amount) {
        jdbc.update("insert into bil_charge_line (period, instance_id, component, kind, instance_code, unit_id, unit_name,"
                + " product_id, product_name, bearer, bearer_unit_id, bearer_name, share_percent, amount)"
                + " values (?, ?, ?, 'CHARGE', ?, 1, 'test', 1, 'test', 'UNIT', 1, 'test', 100, ?)",
                period.toString(), instanceId, component, "T-" + instanceId, new BigDecimal(amount));
    }
}
