package cn.gov.dehong.cloud.application;

import java.time.Instant;
import java.util.List;

/**
 * The vendor's steps of the lifecycle processes (kick-off and test environment, applying a change, ending a service)
 * with their working-day deadlines, for the vendor assessment of Art. 31. Read from the step records the processes
 * write (the due moment is the one the BPMN task was given by the calendar), not from the engine's history.
 */
public interface VendorTimeliness {

    /**
     * The vendor's steps whose deadline falls in [{@code from}, {@code to}), counted in the database. At {@code now}
     * a step is pending while it is open and its deadline has not passed; otherwise it counts, on time when completed
     * no later than the deadline. {@code firstLate} lists at most {@code maxListed} late steps, oldest deadline first.
     */
    StepTimeliness stepTimeliness(Instant from, Instant to, Instant now, int maxListed);

    record StepTimeliness(long counted, long onTime, long pending, List<VendorStep> firstLate) {
    }

    /**
     * One vendor step. {@code completedAt} is null while it is still open; a step done after its deadline, or still
     * open once its deadline passed, was late.
     */
    record VendorStep(String stepKey, String subjectCode, Long unitId, String unitName, Instant startedAt, Instant dueAt,
                      Instant completedAt) {
    }
}
