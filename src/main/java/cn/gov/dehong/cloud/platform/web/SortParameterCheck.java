package cn.gov.dehong.cloud.platform.web;

import java.util.regex.Pattern;

import cn.gov.dehong.cloud.shared.BusinessRuleException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A {@code ?sort=} names a property path with an optional direction ({@code name}, {@code createdAt,desc}); any other
 * value is a bad request (400, {@code error.invalidParameter}) before Spring Data reads it. Spring Data URL-decodes
 * the already decoded value once more, so a "%" in it (the scanners' {@code %' AND 1=1}) threw an
 * IllegalArgumentException and answered 500 on every list page and list API. A well-formed sort by no property of the
 * listed records is answered 400 by the exception handlers ({@code PropertyReferenceException}).
 */
@Configuration
class SortParameterCheck implements WebMvcConfigurer, HandlerInterceptor {

    private static final Pattern SORT = Pattern.compile("[A-Za-z0-9_.,]*");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String[] values = request.getParameterValues("sort");
        if (handler instanceof HandlerMethod && values != null) {
            for (String value : values) {
                if (!SORT.matcher(value).matches()) {
                    throw BusinessRuleException.invalid("error.invalidParameter", "sort");
                }
            }
        }
        return true;
    }
}
