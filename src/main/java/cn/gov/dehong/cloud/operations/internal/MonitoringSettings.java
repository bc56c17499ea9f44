package cn.gov.dehong.cloud.operations.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dehong.operations.prometheus-url}: base URL of the vendor's Prometheus HTTP API (e.g.
 * {@code http://prometheus:9090}); empty (the default) turns the daily utilisation job off. {@code utilisation-step}
 * is the resolution of the samples it aggregates.
 */
@ConfigurationProperties("dehong.operations")
record MonitoringSettings(String prometheusUrl,
                          @DefaultValue("5m") Duration utilisationStep,
                          @DefaultValue("30s") Duration prometheusTimeout) {

    boolean utilisationEnabled() {
        return prometheusUrl != null && !prometheusUrl.isBlank();
    }
}
