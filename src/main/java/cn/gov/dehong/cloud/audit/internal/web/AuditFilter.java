package cn.gov.dehong.cloud.audit.internal.web;

import java.time.LocalDate;

import cn.gov.dehong.cloud.audit.AuditQuery;
import org.springframework.format.annotation.DateTimeFormat;

/** The filters of the audit page as typed; a date that does not parse stays empty and is shown as invalid. */
class AuditFilter {

    private String actor;
    private String action;
    private String objectType;
    private String objectId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    AuditQuery toQuery() {
        return new AuditQuery(actor, action, objectType, objectId, from, to);
    }

    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getObjectType() { return objectType; }
    public void setObjectType(String objectType) { this.objectType = objectType; }
    public String getObjectId() { return objectId; }
    public void setObjectId(String objectId) { this.objectId = objectId; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
