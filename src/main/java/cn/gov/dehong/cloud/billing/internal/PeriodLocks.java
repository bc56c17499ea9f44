package cn.gov.dehong.cloud.billing.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;

import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes the row lock of a period for the caller's transaction, creating the period on first use. Two runs of one
 * period (two users, two application instances, a retry) thus run one after the other; the second replaces the
 * first's lines with the same result.
 */
@Component
class PeriodLocks {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final BillingPeriodRepository periods;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PeriodLocks(BillingPeriodRepository periods, JdbcTemplate jdbc, Clock clock) {
        this.periods = periods;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** ON CONFLICT DO NOTHING: a concurrent creator waits for the other and then finds its row (PostgreSQL and H2). */
    @Transactional(propagation = Propagation.MANDATORY)
    BillingPeriod lockOrCreate(YearMonth month) {
        String period = PeriodText.format(month);
        jdbc.update("insert into bil_period (period, status, created_at, version) values (?, 'OPEN', ?, 0)"
                + " on conflict do nothing", period, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        return periods.findForUpdate(period).orElseThrow();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    BillingPeriod lockExisting(YearMonth month) {
        return periods.findForUpdate(PeriodText.format(month))
                .orElseThrow(() -> BusinessRuleException.notFound("billing.error.periodNotFound", PeriodText.format(month)));
    }

    YearMonth currentMonth() {
        return YearMonth.from(today());
    }

    /** The calendar day in Dehong (periods are calendar months of the prefecture). */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), SHANGHAI);
    }

    Instant now() {
        return clock.instant();
    }

    /** A period can be metered once it is over: the current month and later ones are still running. */
    void requireOver(YearMonth month) {
        if (!month.isBefore(currentMonth())) {
            throw BusinessRuleException.invalid("billing.error.periodNotOver", PeriodText.format(month));
        }
    }

    /** Adjustments and penalties may be booked up to the current month, never in a month to come. */
    void requireNotFuture(YearMonth month) {
        if (month.isAfter(currentMonth())) {
            throw BusinessRuleException.invalid("billing.error.periodInFuture", PeriodText.format(month));
        }
    }
}
