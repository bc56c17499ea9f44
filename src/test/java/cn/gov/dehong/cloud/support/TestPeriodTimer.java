package cn.gov.dehong.cloud.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;

/**
 * The 10-day test period's timer (BPMN element {@code testPeriod}) fired now: the tests run with the async executor
 * off, so they move the waiting timers to executable jobs and execute them, which puts the services live.
 */
public final class TestPeriodTimer {

    private TestPeriodTimer() {
    }

    public static void fire(ManagementService management) {
        List<Job> timers = management.createTimerJobQuery().list().stream()
                .filter(job -> job.getElementId().equals("testPeriod")).toList();
        assertThat(timers).isNotEmpty();
        for (Job timer : timers) {
            Job executable = management.moveTimerToExecutableJob(timer.getId());
            management.executeJob(executable.getId());
        }
    }
}
