package io.executionauditor.importer;

import io.executionauditor.plan.Normalizer;
import io.executionauditor.plan.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The Periods sheet: Period, Start, End. */
final class PeriodsMapper extends SheetMapper<PeriodColumn> {
    private final List<Draft> drafts = new ArrayList<>();
    private final Map<String, Integer> rows = new HashMap<>();

    PeriodsMapper(PlanMapping mapping) {
        super(CanonicalSheet.PERIODS, PeriodColumn.class, mapping);
    }

    @Override
    void data(int rowNumber, List<RawCell> cells) {
        String name = text(cells, PeriodColumn.PERIOD);
        if (name == null) {
            skip(rowNumber, name(PeriodColumn.PERIOD), "no period name: row skipped");
            return;
        }
        Integer first = rows.putIfAbsent(Normalizer.key(name), rowNumber);
        if (first != null) {
            skip(rowNumber, name(PeriodColumn.PERIOD), "period \"" + name + "\" is already on row " + first
                    + ": row skipped");
            return;
        }
        Draft draft = new Draft(name, rowNumber);
        date(cells, PeriodColumn.START, rowNumber, d -> draft.start = d);
        date(cells, PeriodColumn.END, rowNumber, d -> draft.end = d);
        drafts.add(draft);
    }

    @Override
    void complete() {
        if (header == null || !header.has(PeriodColumn.PERIOD)) {
            return; // an empty or unusable Periods sheet: periods come from the Items sheet
        }
        List<Period> periods = new ArrayList<>();
        for (Draft draft : drafts) {
            if (draft.start != null && draft.end != null && draft.end.isBefore(draft.start)) {
                issues.error(sheet.title(), draft.row, name(PeriodColumn.END), "period \"" + draft.name
                        + "\" ends (" + draft.end + ") before it starts (" + draft.start + ")");
            }
            periods.add(new Period(draft.name, draft.start, draft.end));
        }
        mapping.sheetPeriods = periods;
    }

    private static final class Draft {
        final String name;
        final int row;
        LocalDate start;
        LocalDate end;

        Draft(String name, int row) {
            this.name = name;
            this.row = row;
        }
    }
}
