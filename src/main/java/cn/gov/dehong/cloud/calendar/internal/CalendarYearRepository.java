package cn.gov.dehong.cloud.calendar.internal;

import java.util.List;

import cn.gov.dehong.cloud.calendar.WorkingDayCalendar.YearStatus;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarYearRepository extends JpaRepository<CalendarYear, Integer> {

    List<CalendarYear> findByYearBetweenAndStatus(int from, int to, YearStatus status);

    List<CalendarYear> findByStatusOrderByYear(YearStatus status);
}
