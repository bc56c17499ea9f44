package cn.gov.dehong.cloud.security.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.function.Supplier;

import cn.gov.dehong.cloud.audit.RefusedAttempts;
import cn.gov.dehong.cloud.calendar.WorkingDayCalendar;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A form post on a security page (POST-redirect-GET): on success back to the page with a confirmation; a broken rule
 * (400, 409) back to the page with its localized message and nothing changed, audited as a refused attempt. 403 and
 * 404 stay error pages (audited by the platform's page exception handler).
 */
@Component
class SecurityPageActions {

    private final MessageSource messages;
    private final RefusedAttempts refused;

    SecurityPageActions(MessageSource messages, RefusedAttempts refused) {
        this.messages = messages;
        this.refused = refused;
    }

    String act(RedirectAttributes redirect, String target, String doneKey, Runnable action) {
        return act(redirect, target, () -> {
            action.run();
            return text(doneKey);
        });
    }

    String act(RedirectAttributes redirect, String target, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("flashMessage", action.get());
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", error(e));
        }
        return "redirect:" + target;
    }

    /** The localized message of a broken rule that a page shows, the attempt audited; rethrows 403 and 404. */
    String error(BusinessRuleException e) {
        if (e.getStatus() != HttpStatus.BAD_REQUEST && e.getStatus() != HttpStatus.CONFLICT) {
            throw e;
        }
        refused.record(e);
        return text(e.getMessageKey(), e.getArguments());
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** A {@code datetime-local} field is Asia/Shanghai wall time. */
    static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(WorkingDayCalendar.ZONE).toInstant();
    }
}
