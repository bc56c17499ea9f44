package cn.gov.dehong.cloud.supervision.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(SupervisionSettings.class)
class SupervisionConfiguration {
}
