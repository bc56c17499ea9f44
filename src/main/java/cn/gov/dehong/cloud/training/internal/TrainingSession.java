package cn.gov.dehong.cloud.training.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import cn.gov.dehong.cloud.training.Audience;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A training session the DEC plans (Art. 33): topic, time, place or online link, audience. */
@Entity
@Table(name = "trn_session")
class TrainingSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String topic;

    @Column(nullable = false)
    private Instant startsAt;

    @Column(nullable = false)
    private Instant endsAt;

    private String place;

    private String onlineLink;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Audience audience;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "trn_session_unit", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "unit_id")
    private Set<Long> listedUnitIds = new HashSet<>();

    @Column(nullable = false)
    private String plannedBy;

    @Column(nullable = false)
    private Instant plannedAt;

    @Version
    private long version;

    protected TrainingSession() {
    }

    TrainingSession(TrainingRules.SessionInput input, Instant startsAt, Instant endsAt, Set<Long> listedUnitIds,
                    String plannedBy, Instant plannedAt) {
        this.topic = input.topic().trim();
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = blankToNull(input.place());
        this.onlineLink = blankToNull(input.onlineLink());
        this.audience = input.audience();
        this.listedUnitIds = new HashSet<>(listedUnitIds);
        this.plannedBy = plannedBy;
        this.plannedAt = plannedAt;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    Long getId() { return id; }
    String getTopic() { return topic; }
    Instant getStartsAt() { return startsAt; }
    Instant getEndsAt() { return endsAt; }
    String getPlace() { return place; }
    String getOnlineLink() { return onlineLink; }
    Audience getAudience() { return audience; }
    Set<Long> getListedUnitIds() { return listedUnitIds; }
    String getPlannedBy() { return plannedBy; }
    Instant getPlannedAt() { return plannedAt; }
}
