package cn.gov.dehong.cloud.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie (Spring Session, sessions in the database): HttpOnly, SameSite from
 * {@code server.servlet.session.cookie.same-site} (Lax), Secure when the {@code prod} profile says so or else whenever
 * the request came over TLS. Spring Boot 4 applies {@code server.servlet.session.cookie.*} to Spring Session only under
 * its embedded server and otherwise copies the servlet container's cookie settings; this one serializer gives the same
 * flags wherever the application runs.
 */
@Configuration
class SessionCookieConfiguration {

    @Bean
    DefaultCookieSerializer cookieSerializer(
            @Value("${server.servlet.session.cookie.secure:#{null}}") Boolean secure,
            @Value("${server.servlet.session.cookie.same-site:lax}") String sameSite) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite(sameSite.substring(0, 1).toUpperCase() + sameSite.substring(1).toLowerCase());
        if (secure != null) {
            serializer.setUseSecureCookie(secure);
        }
        return serializer;
    }
}
