package cn.gov.dehong.cloud.operations.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties({OperationsProperties.class, AuditRetentionSettings.class, MonitoringSettings.class})
class OperationsConfiguration {
}
