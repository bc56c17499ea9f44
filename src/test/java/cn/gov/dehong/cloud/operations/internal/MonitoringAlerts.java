package cn.gov.dehong.cloud.operations.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContext;

/**
 * Posts a firing Alertmanager alert straight to the incident service, the same call the webhook makes, for tests
 * outside this package that need a monitoring incident but run without the webhook token.
 */
public final class MonitoringAlerts {

    private MonitoringAlerts() {
    }

    /** A critical firing alert on the instance with this code; returns how many incidents it opened. */
    public static int fire(ApplicationContext context, String instanceCode, String alertName, String fingerprint,
                           Instant startsAt) {
        IncidentService incidents = context.getBean(IncidentService.class);
        AlertPayload payload = new AlertPayload("4", "firing", "dehong", List.of(new AlertPayload.Alert("firing",
                Map.of("alertname", alertName, "severity", "critical", "instance_id", instanceCode),
                Map.of("summary", alertName + " on " + instanceCode), startsAt, Instant.parse("0001-01-01T00:00:00Z"),
                fingerprint)));
        return incidents.receive(payload).opened();
    }
}
