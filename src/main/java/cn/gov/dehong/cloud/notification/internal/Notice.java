package cn.gov.dehong.cloud.notification.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "ntf_notice")
class Notice {

    static final String SEPARATOR = "\u001F";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String messageKey;

    @Column(length = 2000)
    private String arguments;

    private String link;

    @Column(nullable = false)
    private Instant createdAt;

    protected Notice() {
    }

    Notice(String recipient, String messageKey, String arguments, String link) {
        this.recipient = recipient;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.link = link;
        this.createdAt = Instant.now();
    }

    Long getId() { return id; }
    String getRecipient() { return recipient; }
    String getMessageKey() { return messageKey; }
    String getArguments() { return arguments; }
    String getLink() { return link; }
    Instant getCreatedAt() { return createdAt; }
}
