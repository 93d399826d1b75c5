package io.executionauditor.importer;

import io.executionauditor.plan.ChangeKind;
import io.executionauditor.plan.PlanChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Changes sheet: Date, Key, Change, From, To, By, Reason. From and To of a due change are dates (kept as
 * yyyy-mm-dd text, their day/month order decided together), of an estimate change numbers (kept as {@code 8.5}).
 */
final class ChangesMapper extends SheetMapper<ChangeColumn> {
    private static final String FROM_TO = "FROM_TO";

    private final List<Draft> drafts = new ArrayList<>();

    ChangesMapper(PlanMapping mapping) {
        super(CanonicalSheet.CHANGES, ChangeColumn.class, mapping);
    }

    @Override
    void data(int rowNumber, List<RawCell> cells) {
        String key = text(cells, ChangeColumn.KEY);
        if (key == null) {
            skip(rowNumber, name(ChangeColumn.KEY), "no item key: row skipped");
            return;
        }
        if (cell(cells, ChangeColumn.DATE).isBlank()) {
            skip(rowNumber, name(ChangeColumn.DATE), "no date: row skipped");
            return;
        }
        String kindText = text(cells, ChangeColumn.CHANGE);
        if (kindText == null) {
            skip(rowNumber, name(ChangeColumn.CHANGE), "no change kind (expected " + ChangeKind.accepted()
                    + "): row skipped");
            return;
        }
        ChangeKind kind = ChangeKind.parse(kindText).orElse(null);
        if (kind == null) {
            skip(rowNumber, name(ChangeColumn.CHANGE), "\"" + kindText + "\" is not a change kind (expected "
                    + ChangeKind.accepted() + "): row skipped");
            return;
        }
        Draft draft = new Draft(rowNumber, key, kind);
        date(cells, ChangeColumn.DATE, rowNumber, d -> draft.date = d);
        RawCell from = cell(cells, ChangeColumn.FROM);
        RawCell to = cell(cells, ChangeColumn.TO);
        if (kind == ChangeKind.DUE_CHANGED) {
            dates.read(from, rowNumber, name(ChangeColumn.FROM), FROM_TO, d -> draft.from = d.toString());
            dates.read(to, rowNumber, name(ChangeColumn.TO), FROM_TO, d -> draft.to = d.toString());
        } else if (kind == ChangeKind.ESTIMATE_CHANGED) {
            draft.from = plainNumber(from, rowNumber, name(ChangeColumn.FROM));
            draft.to = plainNumber(to, rowNumber, name(ChangeColumn.TO));
        } else {
            draft.from = text(cells, ChangeColumn.FROM);
            draft.to = text(cells, ChangeColumn.TO);
        }
        draft.by = text(cells, ChangeColumn.BY);
        draft.reason = text(cells, ChangeColumn.REASON);
        drafts.add(draft);
        if (!mapping.itemRows.containsKey(key)) {
            issues.warning(sheet.title(), rowNumber, name(ChangeColumn.KEY), "item \"" + key
                    + "\" is not in the Items sheet (change kept)");
        }
    }

    private String plainNumber(RawCell cell, int rowNumber, String column) {
        Double number = number(cell, rowNumber, column);
        return number == null ? null : RawCell.plain(number);
    }

    @Override
    void complete() {
        List<PlanChange> changes = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            if (d.date == null) {
                skip(d.row, name(ChangeColumn.DATE), "no readable date: row skipped");
            } else {
                changes.add(new PlanChange(d.date, d.key, d.kind, d.from, d.to, d.by, d.reason, d.row));
            }
        }
        drafts.clear();
        mapping.changes = changes;
    }

    private static final class Draft {
        final int row;
        final String key;
        final ChangeKind kind;
        LocalDate date;
        String from;
        String to;
        String by;
        String reason;

        Draft(int row, String key, ChangeKind kind) {
            this.row = row;
            this.key = key;
            this.kind = kind;
        }
    }
}
