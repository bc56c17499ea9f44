package cn.gov.dehong.cloud.operations;

import java.time.Instant;
import java.util.List;

/**
 * Read-only figures of the vendor's service for the vendor assessment of Art. 31: ticket first responses against
 * their SLA, the units' ratings, and the incidents (faults) with the service types they hit.
 */
public interface VendorServiceFigures {

    /**
     * The first responses and ratings of the tickets reported in [{@code from}, {@code to}), counted in the database.
     * A ticket cancelled before anyone acknowledged it is left out. At {@code now} a ticket is pending while it is
     * not acknowledged and its response deadline has not passed; otherwise it counts, on time when acknowledged no
     * later than the deadline. Ratings count every ticket not left out. {@code firstLate} lists at most
     * {@code maxListed} late tickets, by report time.
     */
    TicketResponses ticketResponses(Instant from, Instant to, Instant now, int maxListed);

    /**
     * Incidents that were going on at some moment of [{@code from}, {@code to}), by start. {@code serviceTypes} are the
     * products of the affected service instances, or the zone ("ZONE:PUBLIC") for a zone-wide incident, or
     * "UNMAPPED".
     */
    List<IncidentFigure> incidents(Instant from, Instant to);

    record TicketFigure(Long id, String code, Long unitId, String unitName, String productName, TicketStatus status,
                        Instant reportedAt, Instant responseDueAt, Instant acknowledgedAt, Satisfaction satisfaction) {
    }

    record TicketResponses(long counted, long onTime, long pending, long unsatisfied, long satisfied,
                           long verySatisfied, List<TicketFigure> firstLate) {
    }

    record IncidentFigure(Long id, String alertName, String severity, String mapping, Instant startsAt, Instant endsAt,
                          List<String> serviceTypes) {
    }
}
