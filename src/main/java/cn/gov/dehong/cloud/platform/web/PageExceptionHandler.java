package cn.gov.dehong.cloud.platform.web;

import cn.gov.dehong.cloud.audit.RefusedAttempts;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Broken rules on a page: the localized message, the right 4xx status and a way back; never a stack trace.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private final RefusedAttempts refused;

    PageExceptionHandler(RefusedAttempts refused) {
        this.refused = refused;
    }

    @ExceptionHandler(BusinessRuleException.class)
    String businessRule(BusinessRuleException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        refused.record(request, e.getStatus(), e.getMessageKey());
        return page(model, response, e.getStatus(), e.getMessageKey(), e.getArguments());
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, FlowableOptimisticLockingException.class})
    String concurrentChange(RuntimeException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        refused.record(request, HttpStatus.CONFLICT, "error.concurrentChange");
        return page(model, response, HttpStatus.CONFLICT, "error.concurrentChange");
    }

    @ExceptionHandler(FlowableObjectNotFoundException.class)
    String taskGone(RuntimeException e, Model model, HttpServletResponse response) {
        return page(model, response, HttpStatus.CONFLICT, "error.task.alreadyDone");
    }

    /** {@code ?sort=} naming no property of the listed records. */
    @ExceptionHandler(PropertyReferenceException.class)
    String unknownSort(PropertyReferenceException e, Model model, HttpServletResponse response) {
        return page(model, response, HttpStatus.BAD_REQUEST, "error.invalidParameter", "sort");
    }

    /** A file parameter posted without a multipart body (a form sent url-encoded); too large uploads are not this. */
    @ExceptionHandler(MultipartException.class)
    String notMultipart(MultipartException e, Model model, HttpServletResponse response) {
        if (e instanceof MaxUploadSizeExceededException) {
            throw e;
        }
        return page(model, response, HttpStatus.BAD_REQUEST, "error.multipartRequired");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String typeMismatch(MethodArgumentTypeMismatchException e, Model model, HttpServletResponse response) {
        return page(model, response, HttpStatus.BAD_REQUEST, "error.invalidParameter", e.getName());
    }

    private String page(Model model, HttpServletResponse response, HttpStatus status, String key, Object... args) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("messageKey", key);
        model.addAttribute("messageArgs", args);
        return "error/rule";
    }
}
