package cn.gov.dehong.cloud.operations.internal;

import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;

import cn.gov.dehong.cloud.operations.TicketSeverity;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dehong.operations.*}. SLA targets per severity ({@code dehong.operations.sla.high.response=2h}, {@code
 * ...resolution=8h}, {@code ...basis=WORKING_HOURS}); a severity left out keeps its default. Working hours are the
 * office hours ({@code office-start}..{@code office-end}, Asia/Shanghai) of working days of the calendar, so with the
 * default 09:00–17:00 one working day is 8 working hours. {@code tracking-start-year} is the first year whose
 * bulletins and drills are checked (nothing before the platform existed is flagged). {@code alert-token} (env
 * {@code DEHONG_OPERATIONS_ALERT_TOKEN}) is the bearer token Alertmanager sends; without it the webhook refuses
 * every call. Fault and recovery notices also go by e-mail from {@code mail-from} to the unit leaders and applicants
 * when Spring Mail is configured ({@code spring.mail.host} etc.); without it they stay in-app only. A resolved ticket
 * the unit neither confirms nor reopens within {@code auto-close-working-days} (default 5) working days after the
 * resolution is closed, unrated, by {@link TicketAutoCloseJob}.
 */
@ConfigurationProperties("dehong.operations")
record OperationsProperties(@DefaultValue("09:00") LocalTime officeStart,
                            @DefaultValue("17:00") LocalTime officeEnd,
                            Map<TicketSeverity, SlaTarget> sla,
                            @DefaultValue("30") int custodyWarningDays,
                            @DefaultValue("2026") int trackingStartYear,
                            String alertToken,
                            @DefaultValue("dehong-cloud@localhost") String mailFrom,
                            @DefaultValue("5") int autoCloseWorkingDays) {

    OperationsProperties {
        if (!officeEnd.isAfter(officeStart)) {
            throw new IllegalArgumentException("dehong.operations.office-end must be after office-start");
        }
        if (autoCloseWorkingDays < 1) {
            throw new IllegalArgumentException("dehong.operations.auto-close-working-days must be at least 1");
        }
        Map<TicketSeverity, SlaTarget> merged = new EnumMap<>(defaultSla());
        if (sla != null) {
            sla.forEach((severity, target) -> merged.put(severity, target.completedBy(merged.get(severity))));
        }
        sla = Map.copyOf(merged);
    }

    static OperationsProperties defaults() {
        return new OperationsProperties(LocalTime.of(9, 0), LocalTime.of(17, 0), null, 30, 2026, null, "dehong-cloud@localhost", 5);
    }

    SlaTarget target(TicketSeverity severity) {
        return sla.get(severity);
    }

    /**
     * Critical faults are answered round the clock (the duty roster of Art. 13 exists for that); the rest in
     * working hours: high 2 h / 1 working day, medium 4 h / 3 working days, low 1 / 5 working days.
     */
    static Map<TicketSeverity, SlaTarget> defaultSla() {
        Map<TicketSeverity, SlaTarget> sla = new EnumMap<>(TicketSeverity.class);
        sla.put(TicketSeverity.CRITICAL, new SlaTarget(Duration.ofMinutes(30), Duration.ofHours(4), SlaBasis.ROUND_THE_CLOCK));
        sla.put(TicketSeverity.HIGH, new SlaTarget(Duration.ofHours(2), Duration.ofHours(8), SlaBasis.WORKING_HOURS));
        sla.put(TicketSeverity.MEDIUM, new SlaTarget(Duration.ofHours(4), Duration.ofHours(24), SlaBasis.WORKING_HOURS));
        sla.put(TicketSeverity.LOW, new SlaTarget(Duration.ofHours(8), Duration.ofHours(40), SlaBasis.WORKING_HOURS));
        return sla;
    }

    /** First-response and resolution targets, counted on {@code basis}. */
    record SlaTarget(Duration response, Duration resolution, SlaBasis basis) {

        SlaTarget completedBy(SlaTarget defaults) {
            return new SlaTarget(response == null ? defaults.response() : response,
                    resolution == null ? defaults.resolution() : resolution, basis == null ? defaults.basis() : basis);
        }
    }
}
