package cn.gov.dehong.cloud.platform.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.ObjectMapper;

/**
 * The API's problem details: localized title and detail, and the message key as the stable {@code code}; made here
 * for the controllers' errors, the requests no controller took and the security filters' 401, 403 and 429.
 */
public final class ApiProblems {

    private ApiProblems() {
    }

    /** In the language of the request being handled (Spring MVC has set it). */
    static ProblemDetail problem(MessageSource messages, HttpStatusCode status, String key, Object... args) {
        return problem(messages, status, key, LocaleContextHolder.getLocale(), args);
    }

    /** In the given language (a servlet filter resolves it from the request itself). */
    public static ProblemDetail problem(MessageSource messages, HttpStatusCode status, String key, Locale locale,
                                        Object... args) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, args, key, locale));
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(messages.getMessage("error.title." + status.value(), null,
                known == null ? String.valueOf(status.value()) : known.getReasonPhrase(), locale));
        problem.setProperty("code", key);
        return problem;
    }

    /** Writes the problem as the whole response: its status, {@code application/problem+json}, UTF-8. */
    public static void write(ObjectMapper json, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /**
     * The problem of an exception Spring MVC raises itself (no route, wrong method or media type, missing
     * parameter, upload too large): the same keys whether or not a controller was found.
     */
    static ProblemDetail frameworkProblem(MessageSource messages, HttpStatusCode status, Exception e) {
        if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
            return problem(messages, status, "error.route.notFound");
        }
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            return problem(messages, status, "error.method.notAllowed", method.getMethod());
        }
        if (e instanceof HttpMediaTypeNotSupportedException media) {
            return problem(messages, status, "error.mediaType.unsupported",
                    media.getContentType() == null ? "-" : media.getContentType().toString());
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return problem(messages, status, "error.mediaType.notAcceptable");
        }
        if (e instanceof MissingServletRequestParameterException parameter) {
            return problem(messages, status, "error.parameter.missing", parameter.getParameterName());
        }
        if (e instanceof MissingServletRequestPartException part) {
            return problem(messages, status, "error.parameter.missing", part.getRequestPartName());
        }
        if (e instanceof MissingRequestValueException) {
            return problem(messages, status, "error.parameter.missing", "-");
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return problem(messages, status, "error.upload.tooLarge");
        }
        if (e instanceof HandlerMethodValidationException) {
            return problem(messages, status, "error.validation");
        }
        return problem(messages, status, "error.request");
    }
}
