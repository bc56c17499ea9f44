package cn.gov.dehong.cloud.platform;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.web.config.EnableSpringDataWebSupport;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Pages in the API are serialized as a stable DTO ({content, page: {size, number, totalElements, totalPages}}).
 * <p>
 * The webjars locator switches Spring's resource chain on (version-free {@code /webjars/...} URLs), and with it Spring
 * Boot registers a {@link ResourceUrlEncodingFilter} that passes every link a page writes through the resource
 * resolvers. The platform writes no versioned resource URLs, and for a link that is not a resource that check is a
 * class-path search (not cached): on the prefecture-wide supervision page, most of the rendering time. This disabled
 * registration takes its place (Boot backs off when one exists); the webjars are still resolved when requested.
 */
@Configuration
@EnableSpringDataWebSupport(pageSerializationMode = EnableSpringDataWebSupport.PageSerializationMode.VIA_DTO)
class WebConfiguration {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> disabledResourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
