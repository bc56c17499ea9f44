package cn.gov.dehong.cloud.platform;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flowable's own H2 DDL clashes with H2's PostgreSQL mode ("Unknown data type: IDENTITY"); its PostgreSQL DDL
 * runs cleanly on H2 in that mode, so the embedded default tells Flowable it talks to PostgreSQL.
 */
@Configuration
class WorkflowEngineConfiguration {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> postgresDialectOnH2(
            @Value("${spring.datasource.url}") String url) {
        return configuration -> {
            if (url.startsWith("jdbc:h2:") && url.toUpperCase().contains("MODE=POSTGRESQL")) {
                configuration.setDatabaseType("postgres");
            }
        };
    }
}
