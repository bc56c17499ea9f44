package cn.gov.dehong.cloud.operations.internal;

import java.time.Instant;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The vendor's monthly security bulletin (安全公告, Art. 26); one per month, the body is plain text. */
@Entity
@Table(name = "ops_bulletin")
class Bulletin {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "bulletin_month", nullable = false, unique = true, length = 7)
    private String month;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false, length = BulletinRules.MAX_BODY)
    private String body;

    @Column(nullable = false)
    private String publishedBy;

    @Column(nullable = false)
    private Instant publishedAt;

    @Version
    private long version;

    protected Bulletin() {
    }

    Bulletin(YearMonth month, String title, String body, String publishedBy, Instant publishedAt) {
        this.month = month.toString();
        this.title = title;
        this.body = body;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    Long getId() { return id; }
    YearMonth getMonth() { return YearMonth.parse(month); }
    String getTitle() { return title; }
    String getBody() { return body; }
    String getPublishedBy() { return publishedBy; }
    Instant getPublishedAt() { return publishedAt; }
}
