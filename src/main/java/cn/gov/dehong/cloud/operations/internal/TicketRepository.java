package cn.gov.dehong.cloud.operations.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import cn.gov.dehong.cloud.operations.TicketStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface TicketRepository extends JpaRepository<Ticket, Long>, JpaSpecificationExecutor<Ticket> {

    /** Tickets late now whose DEC notice may still be due. */
    @Query("select t from Ticket t where (t.acknowledgedAt is null and t.status <> cn.gov.dehong.cloud.operations.TicketStatus.CANCELLED"
            + " and t.responseDueAt < :now and t.responseOverdueNoticed = false)"
            + " or (t.status in :awaiting and t.resolutionDueAt < :now and t.resolutionOverdueNoticed = false)")
    List<Ticket> findNewlyOverdue(Instant now, Collection<TicketStatus> awaiting);

    List<Ticket> findByReportedAtGreaterThanEqualAndReportedAtLessThan(Instant from, Instant to);

    /** Candidates of the auto-close: tickets in {@code status} resolved before {@code before}, oldest first. */
    List<Ticket> findByStatusAndResolvedAtBeforeOrderByResolvedAtAsc(TicketStatus status, Instant before);
}
