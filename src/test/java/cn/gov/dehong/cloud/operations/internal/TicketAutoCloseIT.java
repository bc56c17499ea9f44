package cn.gov.dehong.cloud.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.gov.dehong.cloud.audit.AuditEntry;
import cn.gov.dehong.cloud.audit.AuditLog;
import cn.gov.dehong.cloud.catalog.CatalogManagement;
import cn.gov.dehong.cloud.operations.OperationsFixtures;
import cn.gov.dehong.cloud.operations.Satisfaction;
import cn.gov.dehong.cloud.operations.TicketSeverity;
import cn.gov.dehong.cloud.operations.TicketStatus;
import cn.gov.dehong.cloud.organization.Actor;
import cn.gov.dehong.cloud.organization.OrganizationDirectory;
import cn.gov.dehong.cloud.organization.UserView;
import cn.gov.dehong.cloud.subscription.SubscriptionManagement;
import cn.gov.dehong.cloud.support.MutableClock;
import cn.gov.dehong.cloud.support.MutableClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A resolved ticket the unit neither confirms nor reopens is closed, unrated, once {@code auto-close-working-days}
 * (default 5) working days after the resolution are over: counted on the calendar, so a weekend does not count. A
 * confirmed or reopened ticket is left alone, and a second run changes nothing.
 */
@SpringBootTest
@Import(MutableClockConfiguration.class)
class TicketAutoCloseIT {

    @Autowired MutableClock clock;
    @Autowired SubscriptionManagement subscriptions;
    @Autowired CatalogManagement catalog;
    @Autowired OrganizationDirectory organization;
    @Autowired TicketService tickets;
    @Autowired TicketAutoCloseJob job;
    @Autowired AuditLog audit;

    @Test
    void aResolvedTicketNotConfirmedWithinFiveWorkingDaysIsClosedUnratedAndTheOthersAreLeftAlone() {
        long instance = new OperationsFixtures(subscriptions, catalog, organization)
                .active("edu.applicant", LocalDate.of(2026, 9, 1));
        Actor unit = actor("edu.applicant");
        Actor vendor = actor("vendor");

        // Friday 2026-11-20: three tickets reported at 10:00, resolved at 11:00
        clock.setShanghai(LocalDateTime.of(2026, 11, 20, 10, 0));
        long silent = acknowledged(unit, vendor, instance, "无人确认");
        long reopened = acknowledged(unit, vendor, instance, "将被重开");
        long confirmed = acknowledged(unit, vendor, instance, "已确认");
        clock.setShanghai(LocalDateTime.of(2026, 11, 20, 11, 0));
        for (long id : new long[] {silent, reopened, confirmed}) {
            tickets.resolve(vendor, id, "已处理");
        }
        clock.setShanghai(LocalDateTime.of(2026, 11, 20, 14, 0));
        tickets.confirm(unit, confirmed, Satisfaction.SATISFIED, null);
        clock.setShanghai(LocalDateTime.of(2026, 11, 23, 10, 0));
        tickets.reopen(unit, reopened, "仍然报错");

        // Wednesday 25th: five calendar days, only three working days (Mon-Wed); Friday 27th 23:00: the fifth working
        // day is not over yet
        clock.setShanghai(LocalDateTime.of(2026, 11, 25, 23, 0));
        job.run();
        assertThat(status(unit, silent)).isEqualTo(TicketStatus.RESOLVED);
        clock.setShanghai(LocalDateTime.of(2026, 11, 27, 23, 0));
        job.run();
        assertThat(status(unit, silent)).isEqualTo(TicketStatus.RESOLVED);

        // Saturday 28th 00:30: over
        clock.setShanghai(LocalDateTime.of(2026, 11, 28, 0, 30));
        job.run();
        TicketService.TicketDetails closed = tickets.details(unit, silent);
        assertThat(closed.ticket().status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(closed.ticket().satisfaction()).isNull();
        assertThat(closed.ticket().closedAt()).isEqualTo(clock.instant());
        var last = closed.timeline().get(closed.timeline().size() - 1);
        assertThat(last.action()).isEqualTo("AUTO_CLOSED");
        assertThat(last.actor()).isEqualTo(TicketService.SYSTEM_ACTOR);
        assertThat(audit.forObject("Ticket", silent)).extracting(AuditEntry::action).contains("ticket.autoClose");

        assertThat(status(unit, reopened)).isEqualTo(TicketStatus.REOPENED);
        assertThat(tickets.details(unit, confirmed).ticket().satisfaction()).isEqualTo(Satisfaction.SATISFIED);

        // a second run (another node, the next night) finds nothing of these to do
        clock.setShanghai(LocalDateTime.of(2026, 11, 29, 1, 20));
        job.run();
        assertThat(tickets.details(unit, silent).timeline()).filteredOn(e -> e.action().equals("AUTO_CLOSED")).hasSize(1);
        assertThat(audit.forObject("Ticket", silent)).filteredOn(e -> e.action().equals("ticket.autoClose")).hasSize(1);
    }

    private long acknowledged(Actor unit, Actor vendor, long instance, String title) {
        long id = tickets.report(unit, new TicketService.TicketInput(instance, null, TicketSeverity.MEDIUM, title,
                "自动关闭测试")).ticket().id();
        tickets.acknowledge(vendor, id, null);
        return id;
    }

    private TicketStatus status(Actor actor, long id) {
        return tickets.details(actor, id).ticket().status();
    }

    private Actor actor(String username) {
        UserView user = organization.user(username).orElseThrow();
        return new Actor(user.id(), user.username(), user.displayName(), user.unitId(), user.unitName(), user.roles());
    }
}
