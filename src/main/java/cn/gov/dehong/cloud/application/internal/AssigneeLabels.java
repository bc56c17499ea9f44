package cn.gov.dehong.cloud.application.internal;

import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who a step waits for, as people read it: "UNIT_LEADER@12" becomes "使用单位负责人（德宏州教育体育局）".
 * Templates call {@code ${@assignees.label(step.candidateGroup)}}.
 */
@Component("assignees")
class AssigneeLabels {

    private final OrganizationDirectory organization;
    private final MessageSource messages;

    AssigneeLabels(OrganizationDirectory organization, MessageSource messages) {
        this.organization = organization;
        this.messages = messages;
    }

    /** A person's display name for a login name, e.g. "王芳（数发中心受理）" for "dec.acceptor". */
    public String person(String username) {
        if (username == null) {
            return "";
        }
        return organization.user(username).map(user -> user.displayName()).orElse(username);
    }

    public String label(String group) {
        if (group == null) {
            return "";
        }
        String[] parts = group.split("@", 2);
        String role = messages.getMessage("role." + parts[0], null, parts[0], LocaleContextHolder.getLocale());
        if (parts.length == 1) {
            return role;
        }
        try {
            return role + "（" + organization.unit(Long.valueOf(parts[1])).name() + "）";
        } catch (RuntimeException e) {
            return role;
        }
    }
}
