package cn.gov.dehong.cloud.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A due date computed on the working-day calendar. {@code certain} is false when a year the computation crossed has
 * no official arrangement loaded yet (for example 2027 before its notice): the date is shown with a warning.
 */
public record Deadline(LocalDate dueDate, Instant dueAt, boolean certain) {
}
