package cn.gov.dehong.cloud.operations.internal;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A read receipt: this person of this unit opened the bulletin (first time only). */
@Entity
@Table(name = "ops_bulletin_read")
class BulletinRead {

    @EmbeddedId
    private Key key;

    private Long unitId;
    private String unitName;

    @Column(nullable = false)
    private Instant readAt;

    protected BulletinRead() {
    }

    BulletinRead(Long bulletinId, String username, Long unitId, String unitName, Instant readAt) {
        this.key = new Key(bulletinId, username);
        this.unitId = unitId;
        this.unitName = unitName;
        this.readAt = readAt;
    }

    ReadView toView() {
        return new ReadView(key.username, unitId, unitName, readAt);
    }

    record ReadView(String username, Long unitId, String unitName, Instant readAt) {
    }

    @Embeddable
    record Key(@Column(name = "bulletin_id") Long bulletinId, @Column(name = "username") String username)
            implements Serializable {
    }
}
