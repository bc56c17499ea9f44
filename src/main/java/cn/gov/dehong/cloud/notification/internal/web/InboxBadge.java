package cn.gov.dehong.cloud.notification.internal.web;

import cn.gov.dehong.cloud.notification.Notices;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import org.springframework.stereotype.Component;

/** The number of unread notices beside the navigation link: {@code ${@inbox.unread()}}. */
@Component("inbox")
class InboxBadge {

    private final Notices notices;
    private final OrganizationDirectory organization;

    InboxBadge(Notices notices, OrganizationDirectory organization) {
        this.notices = notices;
        this.organization = organization;
    }

    public long unread() {
        return organization.findCurrentActor().map(notices::unread).orElse(0L);
    }
}
