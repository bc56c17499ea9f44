package cn.gov.dehong.cloud.operations.internal;

import java.time.Instant;

import cn.gov.dehong.cloud.operations.TicketStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a ticket's timeline, shown to both parties. */
@Entity
@Table(name = "ops_ticket_event")
class TicketEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long ticketId;

    @Column(nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Enumerated(EnumType.STRING)
    private TicketStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private TicketStatus toStatus;

    @Column(length = 4000)
    private String note;

    protected TicketEvent() {
    }

    TicketEvent(Long ticketId, Instant occurredAt, String actor, String action, TicketStatus fromStatus,
                TicketStatus toStatus, String note) {
        this.ticketId = ticketId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.note = note;
    }

    TicketEventView toView() {
        return new TicketEventView(occurredAt, actor, action, fromStatus, toStatus, note);
    }

    record TicketEventView(Instant occurredAt, String actor, String action, TicketStatus fromStatus,
                           TicketStatus toStatus, String note) {
    }
}
