package cn.gov.dehong.cloud.billing.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(BillingSettings.class)
class BillingConfiguration {
}
