package cn.gov.dehong.cloud.project.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The review opinion (审核意见) of the DEC or of the finance bureau on a project; one per party. */
@Entity
@Table(name = "prj_opinion")
class ProjectOpinion {

    enum Party { DEC, FINANCE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Party party;

    private boolean supported;

    @Column(nullable = false, length = 2000)
    private String opinion;

    @Column(nullable = false)
    private String givenBy;

    @Column(nullable = false)
    private Instant givenAt;

    protected ProjectOpinion() {
    }

    ProjectOpinion(Long projectId, Party party, boolean supported, String opinion, String givenBy, Instant givenAt) {
        this.projectId = projectId;
        this.party = party;
        this.supported = supported;
        this.opinion = opinion;
        this.givenBy = givenBy;
        this.givenAt = givenAt;
    }

    Long getId() { return id; }
    Long getProjectId() { return projectId; }
    Party getParty() { return party; }
    boolean isSupported() { return supported; }
    String getOpinion() { return opinion; }
    String getGivenBy() { return givenBy; }
    Instant getGivenAt() { return givenAt; }
}
