package cn.gov.dehong.cloud.calendar.internal;

import java.time.Instant;

import cn.gov.dehong.cloud.calendar.WorkingDayCalendar.YearStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A year whose arrangement is loaded; a year without a row is MISSING, never stored as such. */
@Entity
@Table(name = "cal_year")
class CalendarYear {

    /** Quoted: YEAR is a keyword in H2. */
    @Id
    @Column(name = "\"year\"")
    private Integer year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private YearStatus status;

    @Column(nullable = false)
    private String source;

    @Column(nullable = false)
    private Instant loadedAt;

    protected CalendarYear() {
    }

    CalendarYear(int year) {
        this.year = year;
    }

    void load(YearStatus status, String source, Instant loadedAt) {
        if (status == YearStatus.MISSING) {
            throw new IllegalArgumentException("A loaded year is official or provisional");
        }
        this.status = status;
        this.source = source;
        this.loadedAt = loadedAt;
    }

    int getYear() { return year; }
    YearStatus getStatus() { return status; }
    String getSource() { return source; }
    Instant getLoadedAt() { return loadedAt; }
}
