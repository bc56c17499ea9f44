package cn.gov.dehong.cloud.operations.internal;

import java.time.Instant;

import cn.gov.dehong.cloud.operations.Satisfaction;
import cn.gov.dehong.cloud.operations.TicketSeverity;
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
        String labelKey = null;
        String rest = note;
        if (note != null && "REPORTED".equals(action) && isConstant(TicketSeverity.class, note)) {
            labelKey = "operations.severity." + note;
            rest = null;
        } else if (note != null && "CLOSED".equals(action)) {
            int colon = note.indexOf(": ");
            String rating = colon < 0 ? note : note.substring(0, colon);
            if (isConstant(Satisfaction.class, rating)) {
                labelKey = "operations.satisfaction." + rating;
                rest = colon < 0 ? null : note.substring(colon + 2);
            }
        }
        return new TicketEventView(occurredAt, actor, action, fromStatus, toStatus, note, labelKey, rest);
    }

    private static <E extends Enum<E>> boolean isConstant(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code note} as stored (the severity reported, the rating given with its comment, or free text); for display,
     * {@code noteLabelKey} is the message key of the severity or rating it names (null when it names none) and
     * {@code noteText} the free text that remains, so that pages show 高 / 非常满意 instead of HIGH / VERY_SATISFIED.
     */
    record TicketEventView(Instant occurredAt, String actor, String action, TicketStatus fromStatus,
                           TicketStatus toStatus, String note, String noteLabelKey, String noteText) {
    }
}
