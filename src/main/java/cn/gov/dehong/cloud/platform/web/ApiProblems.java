package cn.gov.dehong.cloud.platform.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
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

/** The API's problem details: localized title and detail, and the message key as the stable {@code code}. */
final class ApiProblems {

    private ApiProblems() {
    }

    static ProblemDetail problem(MessageSource messages, HttpStatusCode status, String key, Object... args) {
        String detail = messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(messages.getMessage("error.title." + status.value(), null,
                known == null ? String.valueOf(status.value()) : known.getReasonPhrase(), LocaleContextHolder.getLocale()));
        problem.setProperty("code", key);
        return problem;
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
