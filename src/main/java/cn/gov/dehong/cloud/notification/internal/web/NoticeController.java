package cn.gov.dehong.cloud.notification.internal.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

import cn.gov.dehong.cloud.notification.NoticeView;
import cn.gov.dehong.cloud.notification.Notices;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The caller's inbox: every notice addressed to the caller, a role of the caller or a role within the caller's unit. */
@Controller
@RequestMapping("/notices")
class NoticeController {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Notices notices;
    private final OrganizationDirectory organization;
    private final MessageSource messages;

    NoticeController(Notices notices, OrganizationDirectory organization, MessageSource messages) {
        this.notices = notices;
        this.organization = organization;
        this.messages = messages;
    }

    /** Newest first; a sort asked for in the URL is ignored. */
    @GetMapping
    String inbox(@PageableDefault(size = 20) Pageable pageable, Locale locale, Model model) {
        var page = notices.inbox(organization.currentActor(),
                        PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), 100)))
                .map(notice -> toRow(notice, locale));
        model.addAttribute("page", page);
        return "notification/inbox";
    }

    @PostMapping("/{id}/read")
    String markRead(@PathVariable Long id, @RequestParam(defaultValue = "0") int page) {
        notices.markRead(organization.currentActor(), id);
        return "redirect:/notices?page=" + Math.max(page, 0);
    }

    private NoticeRow toRow(NoticeView notice, Locale locale) {
        return new NoticeRow(notice.id(), text(notice, locale), internalLink(notice.link()),
                LocalDateTime.ofInstant(notice.createdAt(), SHANGHAI), notice.read());
    }

    /** Arguments that are message keys themselves ("step.acceptance", "review.approved") are translated first. */
    private String text(NoticeView notice, Locale locale) {
        Object[] arguments = notice.arguments().stream()
                .map(argument -> messages.getMessage(argument, null, argument, locale))
                .toArray();
        return messages.getMessage(notice.messageKey(), arguments, notice.messageKey(), locale);
    }

    /** Only paths of this application are links; anything else is not rendered as one. */
    private static String internalLink(String link) {
        return link != null && link.startsWith("/") && !link.startsWith("//") ? link : null;
    }
}
