package cn.gov.dehong.cloud.billing.internal.web;

import java.util.function.Supplier;

import cn.gov.dehong.cloud.audit.RefusedAttempts;
import cn.gov.dehong.cloud.shared.BusinessRuleException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A form post on a billing page: on success the page comes back with a confirmation; a broken rule (400, 409) comes
 * back as the localized message on the same page, with nothing changed, and is audited as a refused attempt. 403 and
 * 404 stay error pages (audited by the platform's page exception handler).
 */
@Component
class PageActions {

    private final MessageSource messages;
    private final RefusedAttempts refused;

    PageActions(MessageSource messages, RefusedAttempts refused) {
        this.messages = messages;
        this.refused = refused;
    }

    String act(RedirectAttributes redirect, String target, Supplier<String> action) {
        return act(redirect, target, target, action);
    }

    /** Back to {@code success} with the confirmation, or to {@code failure} with the broken rule's message. */
    String act(RedirectAttributes redirect, String success, String failure, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("flashMessage", action.get());
            return "redirect:" + success;
        } catch (BusinessRuleException e) {
            if (e.getStatus() != HttpStatus.BAD_REQUEST && e.getStatus() != HttpStatus.CONFLICT) {
                throw e;
            }
            refused.record(e);
            redirect.addFlashAttribute("flashError", text(e.getMessageKey(), e.getArguments()));
            return "redirect:" + failure;
        }
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
