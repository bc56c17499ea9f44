package cn.gov.dehong.cloud.operations;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

/**
 * Read-only figures for supervision (Art. 30) from the daily utilisation aggregates, the incidents and the tickets.
 * {@code unitIds} null means every unit; the caller has already applied its data scope. Months are Asia/Shanghai.
 */
public interface OperationsFigures {

    /** p95 limits (ratios 0..1) per metric; a day counts for a metric when its p95 is strictly below the limit. */
    record Limits(double cpu, double memory, double disk) {
    }

    /**
     * One instance over [from, to]: per metric the days with an aggregate and the days whose p95 was below the
     * limit, and the average of the daily p95.
     */
    record InstanceDays(Long instanceId, Long unitId, int cpuDays, int cpuBelow, double cpuP95,
                        int memoryDays, int memoryBelow, double memoryP95, int diskDays, int diskBelow, double diskP95) {
    }

    List<InstanceDays> utilisationDays(LocalDate from, LocalDate to, Collection<Long> unitIds, Limits limits);

    /** Incidents that started in the month and touched a unit in scope. */
    record MonthCount(YearMonth month, long count) {
    }

    List<MonthCount> incidentsByMonth(YearMonth from, YearMonth to, Collection<Long> unitIds);

    /** Per unit, incidents that started in [from, to]. */
    record UnitCount(Long unitId, long count) {
    }

    List<UnitCount> incidentsByUnit(LocalDate from, LocalDate to, Collection<Long> unitIds);

    /** Tickets resolved in the month, and how many met both their response and resolution targets. */
    record SlaMonth(YearMonth month, long resolved, long withinSla) {
    }

    List<SlaMonth> ticketSlaByMonth(YearMonth from, YearMonth to, Collection<Long> unitIds);
}
