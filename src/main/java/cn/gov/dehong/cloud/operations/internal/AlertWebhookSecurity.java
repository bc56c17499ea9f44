package cn.gov.dehong.cloud.operations.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Alertmanager authenticates with a bearer token ({@code http_config.authorization}), not with a platform user: this
 * chain lets exactly the webhook path through Spring Security, and {@link AlertWebhookController} checks the token
 * itself before reading the body. Every other API path stays on the platform's HTTP-basic chain.
 */
@Configuration
class AlertWebhookSecurity {

    static final String PATH = "/api/v1/operations/alerts";

    @Bean
    @Order(0)
    SecurityFilterChain alertWebhookChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PATH)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
