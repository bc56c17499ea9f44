package cn.gov.dehong.cloud.platform.web;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cn.gov.dehong.cloud.audit.RefusedAttempts;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every API error as ProblemDetail JSON, with a detail in the caller's language and a stable {@code code}. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;
    private final RefusedAttempts refused;

    ApiExceptionHandler(MessageSource messages, RefusedAttempts refused) {
        this.messages = messages;
        this.refused = refused;
    }

    @ExceptionHandler(BusinessRuleException.class)
    ProblemDetail businessRule(BusinessRuleException e, HttpServletRequest request) {
        refused.record(request, e.getStatus(), e.getMessageKey());
        return problem(e.getStatus(), e.getMessageKey(), e.getArguments());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e, HttpServletRequest request) {
        refused.record(request, HttpStatus.FORBIDDEN, "error.forbidden");
        return problem(HttpStatus.FORBIDDEN, "error.forbidden");
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, FlowableOptimisticLockingException.class})
    ProblemDetail concurrentChange(RuntimeException e, HttpServletRequest request) {
        refused.record(request, HttpStatus.CONFLICT, "error.concurrentChange");
        return problem(HttpStatus.CONFLICT, "error.concurrentChange");
    }

    @ExceptionHandler(FlowableObjectNotFoundException.class)
    ProblemDetail taskGone(FlowableObjectNotFoundException e) {
        return problem(HttpStatus.CONFLICT, "error.task.alreadyDone");
    }

    /** A file parameter posted without a multipart body; too large uploads are not this. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail notMultipart(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException) {
            throw e;
        }
        return problem(HttpStatus.BAD_REQUEST, "error.multipartRequired");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "error.invalidParameter", e.getName());
    }

    /** {@code ?sort=} naming no property of the listed records. */
    @ExceptionHandler(PropertyReferenceException.class)
    ProblemDetail unknownSort(PropertyReferenceException e) {
        return problem(HttpStatus.BAD_REQUEST, "error.invalidParameter", "sort");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected API error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> fields = ex.getBindingResult().getFieldErrors().stream()
                .collect(Collectors.toMap(FieldError::getField,
                        error -> messages.getMessage(error, locale), (a, b) -> a + "; " + b));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.validation");
        problem.setProperty("fields", fields);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "error.malformedJson"));
    }

    /**
     * Every other exception Spring MVC answers itself (missing parameter, unsupported media type, upload too large,
     * …): the same localized title and detail and a stable {@code code} as the API's own errors.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        if (body == null || (body instanceof ProblemDetail detail
                && (detail.getProperties() == null || !detail.getProperties().containsKey("code")))) {
            body = ApiProblems.frameworkProblem(messages, statusCode, ex);
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private ProblemDetail problem(HttpStatus status, String key, Object... args) {
        return ApiProblems.problem(messages, status, key, args);
    }
}
