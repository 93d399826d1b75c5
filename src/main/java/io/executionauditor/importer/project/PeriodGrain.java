package io.executionauditor.importer.project;

import io.executionauditor.plan.Period;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The calendar periods a plan without sprints is cut into: months (the default) or ISO weeks. */
public enum PeriodGrain {
    MONTHS, WEEKS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PeriodGrain> parse(String text) {
        for (PeriodGrain grain : values()) {
            if (grain.id().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(grain);
            }
        }
        return Optional.empty();
    }

    /** The period holding {@code date}: {@code 2026-03} (March) or {@code 2026-W09} (ISO week 9). */
    public Period periodOf(LocalDate date) {
        if (this == MONTHS) {
            LocalDate first = date.withDayOfMonth(1);
            return new Period(String.format(Locale.ROOT, "%d-%02d", first.getYear(), first.getMonthValue()), first,
                    first.with(TemporalAdjusters.lastDayOfMonth()));
        }
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Period(String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), monday, monday.plusDays(6));
    }

    /** Every period from the one holding {@code first} to the one holding {@code last}, in order. */
    public List<Period> between(LocalDate first, LocalDate last) {
        List<Period> periods = new ArrayList<>();
        for (Period period = periodOf(first); !period.start().isAfter(last);
                period = periodOf(period.end().plusDays(1))) {
            periods.add(period);
        }
        return periods;
    }
}
