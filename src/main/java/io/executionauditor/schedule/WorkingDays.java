package io.executionauditor.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Working days on a Monday-to-Friday week: the plan model keeps no calendar, so the checks count weekdays. */
final class WorkingDays {
    private WorkingDays() {
    }

    /** Weekdays from {@code from} (inclusive) to {@code to} (exclusive); negative when {@code to} is earlier. */
    static long between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        long days = ChronoUnit.DAYS.between(from, to);
        long weeks = days / 7;
        long count = weeks * 5;
        for (LocalDate day = from.plusDays(weeks * 7); day.isBefore(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    }
}
