package cn.gov.dehong.cloud.calendar.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CalendarDayRepository extends JpaRepository<CalendarDay, LocalDate> {

    List<CalendarDay> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);

    long countByDayBetween(LocalDate from, LocalDate to);

    /** Clears the persistence context so that the rows saved next are inserted, not merged into stale copies. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from CalendarDay d where d.day between :from and :to")
    int deleteBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
