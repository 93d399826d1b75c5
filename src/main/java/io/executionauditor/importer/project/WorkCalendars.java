package io.executionauditor.importer.project;

import io.executionauditor.plan.Period;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Resource;
import org.mpxj.Task;
import org.mpxj.TimeUnit;

/** Working hours from the plan's calendars: what a person can give a period, and how a task's work spreads. */
final class WorkCalendars {
    private final ProjectFile project;
    private final ProjectCalendar fallback;

    WorkCalendars(ProjectFile project) {
        this.project = project;
        this.fallback = project.getDefaultCalendar();
    }

    /** Hours a resource can work in each period: its calendar's working hours times its max units. */
    Map<String, Double> capacity(Resource resource, List<Period> periods) {
        ProjectCalendar calendar = resource.getCalendar() != null ? resource.getCalendar() : fallback;
        double units = resource.getMaxUnits() == null ? 1.0 : resource.getMaxUnits().doubleValue() / 100.0;
        Map<String, Double> hours = new LinkedHashMap<>();
        for (Period period : periods) {
            hours.put(period.name(), round(units * workingHours(calendar, period.start().atStartOfDay(),
                    period.end().plusDays(1).atStartOfDay())));
        }
        return hours;
    }

    /**
     * How many of {@code work} hours fall in each period the task spans, in proportion to its calendar's working
     * time; one period gets it all when the task lies inside it or its calendar gives it no working time.
     */
    Map<String, Double> spread(Task task, double work, List<Period> periods, Period finishPeriod) {
        Map<String, Double> shares = new LinkedHashMap<>();
        LocalDateTime start = task.getStart();
        LocalDateTime finish = task.getFinish();
        if (start == null || finish == null || !finish.isAfter(start)) {
            return shares;
        }
        ProjectCalendar calendar = task.getEffectiveCalendar() != null ? task.getEffectiveCalendar() : fallback;
        double total = workingHours(calendar, start, finish);
        if (total <= 0) {
            return shares;
        }
        for (Period period : periods) {
            LocalDateTime from = max(start, period.start().atStartOfDay());
            LocalDateTime to = min(finish, period.end().plusDays(1).atStartOfDay());
            if (to.isAfter(from)) {
                double share = workingHours(calendar, from, to) / total;
                if (share > 0) {
                    shares.put(period.name(), round(work * share));
                }
            }
        }
        if (shares.size() == 1 && shares.containsKey(finishPeriod.name())) {
            shares.clear();
        }
        return shares;
    }

    /** A duration (work or a task's length) in hours, by the plan's own hours per day and week. */
    double hours(Duration duration) {
        if (duration == null) {
            return 0;
        }
        Duration hours = duration.convertUnits(TimeUnit.HOURS, project.getProjectProperties());
        return hours == null ? 0 : hours.getDuration();
    }

    /** A duration (a lag, float, a task's length) in working days, by the plan's own hours per day. */
    double days(Duration duration) {
        if (duration == null) {
            return 0;
        }
        Duration days = duration.convertUnits(TimeUnit.DAYS, project.getProjectProperties());
        return days == null ? 0 : days.getDuration();
    }

    private static double workingHours(ProjectCalendar calendar, LocalDateTime from, LocalDateTime to) {
        if (calendar == null) {
            return 8.0 * weekdays(from.toLocalDate(), to.toLocalDate());
        }
        Duration work = calendar.getWork(from, to, TimeUnit.HOURS);
        return work == null ? 0 : work.getDuration();
    }

    /** Weekdays in [from, to): the calendar of last resort, eight hours a day, Monday to Friday. */
    private static long weekdays(LocalDate from, LocalDate to) {
        long days = 0;
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5) {
                days++;
            }
        }
        return days;
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    static double round(double hours) {
        return Math.round(hours * 100) / 100.0;
    }
}
