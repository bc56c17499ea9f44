package cn.gov.dehong.cloud.calendar.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "cal_day")
class CalendarDay {

    /** Quoted: DAY is a keyword in H2. */
    @Id
    @Column(name = "\"day\"")
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DayKind kind;

    @Column(nullable = false)
    private String name;

    protected CalendarDay() {
    }

    CalendarDay(DayEntry entry) {
        this.day = entry.date();
        this.kind = entry.kind();
        this.name = entry.name();
    }

    void change(DayKind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    LocalDate getDay() { return day; }
    DayKind getKind() { return kind; }
    String getName() { return name; }

    DayEntry toEntry() {
        return new DayEntry(day, kind, name);
    }
}
