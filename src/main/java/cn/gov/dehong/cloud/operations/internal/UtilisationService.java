package cn.gov.dehong.cloud.operations.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.dehong.cloud.organization.DataScope;
import cn.gov.dehong.cloud.subscription.ServiceInstanceQuery;
import cn.gov.dehong.cloud.subscription.ServiceInstanceView;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Art. 30 feed: per service instance and metric, the day's average, p95 and maximum utilisation (Asia/Shanghai day)
 * from Prometheus. Rerunning a day replaces its rows, so a day can be collected again after an outage.
 */
@Service
class UtilisationService {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(UtilisationService.class);

    private final PrometheusClient prometheus;
    private final MonitoringSettings settings;
    private final SubscriptionManagement subscriptions;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    UtilisationService(PrometheusClient prometheus, MonitoringSettings settings, SubscriptionManagement subscriptions,
                       JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.prometheus = prometheus;
        this.settings = settings;
        this.subscriptions = subscriptions;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    record CollectionResult(int stored, int unknownInstances) {
    }

    LocalDate yesterday() {
        return LocalDate.ofInstant(clock.instant(), SHANGHAI).minusDays(1);
    }

    /** Collects {@code date}; nothing when no Prometheus URL is configured. */
    CollectionResult collect(LocalDate date) {
        if (!settings.utilisationEnabled()) {
            return new CollectionResult(0, 0);
        }
        Instant start = date.atStartOfDay(SHANGHAI).toInstant();
        Instant end = date.plusDays(1).atStartOfDay(SHANGHAI).toInstant().minusSeconds(1);
        Map<String, Optional<ServiceInstanceView>> instances = new HashMap<>();
        int stored = 0;
        int unknown = 0;
        for (UtilisationMetric metric : UtilisationMetric.values()) {
            Map<String, List<Double>> samples = prometheus.queryRange(settings.prometheusUrl(), metric.query(), start,
                    end, settings.utilisationStep(), "instance_id", settings.prometheusTimeout());
            for (Map.Entry<String, List<Double>> series : samples.entrySet()) {
                Optional<ServiceInstanceView> instance = instances.computeIfAbsent(series.getKey(), this::instanceByCode);
                UtilisationRules.Aggregate aggregate = UtilisationRules.aggregate(series.getValue());
                if (instance.isEmpty()) {
                    unknown++;
                    log.warn("Utilisation {} for unknown service instance {} on {} left out", metric, series.getKey(), date);
                } else if (aggregate != null) {
                    store(instance.get(), metric, date, aggregate);
                    stored++;
                }
            }
        }
        log.info("Utilisation of {}: {} aggregates stored, {} series of unknown instances", date, stored, unknown);
        return new CollectionResult(stored, unknown);
    }

    private void store(ServiceInstanceView instance, UtilisationMetric metric, LocalDate date,
                       UtilisationRules.Aggregate aggregate) {
        transaction.executeWithoutResult(status -> {
            jdbc.update("delete from ops_utilisation_daily where instance_id = ? and metric = ? and sample_date = ?",
                    instance.id(), metric.name(), Date.valueOf(date));
            jdbc.update("insert into ops_utilisation_daily (instance_id, instance_code, unit_id, metric, sample_date, "
                            + "sample_count, utilisation_avg, utilisation_p95, utilisation_max, collected_at) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    instance.id(), instance.code(), instance.unitId(), metric.name(), Date.valueOf(date),
                    aggregate.count(), aggregate.average(), aggregate.p95(), aggregate.max(),
                    Timestamp.from(clock.instant()));
        });
    }

    private Optional<ServiceInstanceView> instanceByCode(String code) {
        return subscriptions.search(DataScope.everything(), new ServiceInstanceQuery(null, null, null, code),
                        PageRequest.of(0, 20)).stream()
                .filter(i -> i.code().equalsIgnoreCase(code))
                .findFirst();
    }
}
