package cn.gov.dehong.cloud.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.ObjectMapper;

/**
 * Errors of an API request that no controller took: an unknown route (404), a method the route does not accept
 * (405) or a content type it does not read (415). {@link ApiExceptionHandler} only advises the API's controllers,
 * so without this resolver these would be Spring Boot's error page or JSON, neither a localized problem detail.
 */
@Component
class ApiRoutingErrors implements HandlerExceptionResolver, Ordered {

    static final String API_PREFIX = "/api/";

    private final MessageSource messages;
    private final ObjectMapper json;

    ApiRoutingErrors(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception e) {
        if (handler instanceof HandlerMethod || !(e instanceof ErrorResponse error)
                || !request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX)) {
            return null;
        }
        ProblemDetail problem = ApiProblems.frameworkProblem(messages, error.getStatusCode(), e);
        error.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        try {
            ApiProblems.write(json, response, problem);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new ModelAndView();
    }

    /** Before Spring MVC's own resolvers (which would send the error to Spring Boot's error page). */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
