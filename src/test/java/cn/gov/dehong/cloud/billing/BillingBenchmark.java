package cn.gov.dehong.cloud.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;

import javax.sql.DataSource;

import cn.gov.dehong.cloud.billing.internal.BillingRuns;
import cn.gov.dehong.cloud.billing.internal.RunTrigger;
import cn.gov.dehong.cloud.billing.internal.RunView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Not a test: the billing benchmark, run only by {@code ./mvnw -Pbenchmark test} (see README, "Billing"). Generates a
 * province-scale data set on PostgreSQL (the scratch database of the profile, dropped and re-created), bills the
 * previous month twice (a first run and an idempotent re-run that replaces the lines) and prints instances per
 * second and the peak heap. Skipped unless {@code -Dbench=true} (the profile sets it), so that a pattern such as
 * {@code -Dit.test='cn.gov.dehong.cloud.billing.**'} never starts it. Sizes: {@code -Dbench.units=10000 -Dbench.running=100000 -Dbench.terminated=15000}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true", disabledReason = "run with ./mvnw -Pbenchmark test")
@SpringBootTest(properties = {"dehong.billing.cron=-", "logging.level.cn.gov.dehong.cloud.billing=INFO"})
class BillingBenchmark {

    @Autowired DataSource dataSource;
    @Autowired BillingRuns runs;
    @Autowired Clock clock;

    @Test
    void billOneMonthOfAProvince() throws Exception {
        int units = Integer.getInteger("bench.units", 10_000);
        int running = Integer.getInteger("bench.running", 100_000);
        int terminated = Integer.getInteger("bench.terminated", 15_000);
        YearMonth month = YearMonth.from(LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"))).minusMonths(1);

        long started = System.nanoTime();
        var counts = new BenchmarkDataGenerator(dataSource).generate(month, units, running, terminated);
        double generation = (System.nanoTime() - started) / 1e9;
        report("data set: %,d units, %,d instances (%,d in production during %s), %,d spec revisions, %,d status changes;"
                        + " generated with COPY and analyzed in %.1f s", counts.units(), counts.instances(), running, month,
                counts.revisions(), counts.statusChanges(), generation);

        for (String label : new String[] {"first run", "re-run (replaces the lines)"}) {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long before = heapPeak();
            long t0 = System.nanoTime();
            RunView run = runs.run(null, month.toString(), RunTrigger.SCHEDULED);
            double seconds = (System.nanoTime() - t0) / 1e9;
            report("%s of %s: %,d instances, %,d lines, total ¥%,.2f in %.2f s = %,.0f instances/s; peak heap %,d MB"
                            + " (heap in use before %,d MB, max %,d MB)", label, month, run.instanceCount(), run.lineCount(),
                    run.total(), seconds, run.instanceCount() / seconds, heapPeak() / 1_048_576, before / 1_048_576,
                    Runtime.getRuntime().maxMemory() / 1_048_576);
            assertThat(run.instanceCount()).isGreaterThanOrEqualTo(running * 95 / 100);
        }
    }

    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static void report(String format, Object... args) {
        System.out.println("[billing benchmark] " + String.format(Locale.ROOT, format, args));
    }
}
