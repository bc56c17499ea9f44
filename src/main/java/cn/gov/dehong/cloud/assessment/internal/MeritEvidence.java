package cn.gov.dehong.cloud.assessment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A merit's evidence file, in its own table so that lists and scoring never read the bytes. */
@Entity
@Table(name = "asm_merit_evidence")
class MeritEvidence {

    @Id
    private Long meritId;

    @Column(nullable = false)
    private byte[] content;

    protected MeritEvidence() {
    }

    MeritEvidence(Long meritId, byte[] content) {
        this.meritId = meritId;
        this.content = content;
    }

    byte[] getContent() { return content; }
}
