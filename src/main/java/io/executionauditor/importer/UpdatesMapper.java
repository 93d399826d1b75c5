package io.executionauditor.importer;

import io.executionauditor.plan.Health;
import io.executionauditor.plan.StatusUpdate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The Updates sheet: Date, Key, Author, Health, Note, New due. */
final class UpdatesMapper extends SheetMapper<UpdateColumn> {
    private final List<Draft> drafts = new ArrayList<>();

    UpdatesMapper(PlanMapping mapping) {
        super(CanonicalSheet.UPDATES, UpdateColumn.class, mapping);
    }

    @Override
    void data(int rowNumber, List<RawCell> cells) {
        String key = text(cells, UpdateColumn.KEY);
        if (key == null) {
            skip(rowNumber, name(UpdateColumn.KEY), "no item key: row skipped");
            return;
        }
        if (cell(cells, UpdateColumn.DATE).isBlank()) {
            skip(rowNumber, name(UpdateColumn.DATE), "no date: row skipped");
            return;
        }
        Draft draft = new Draft(rowNumber, key);
        date(cells, UpdateColumn.DATE, rowNumber, d -> draft.date = d);
        draft.author = text(cells, UpdateColumn.AUTHOR);
        draft.health = choice(cells, UpdateColumn.HEALTH, rowNumber, Health::parse, "health", Health.accepted(),
                " (left empty)");
        draft.note = text(cells, UpdateColumn.NOTE);
        date(cells, UpdateColumn.NEW_DUE, rowNumber, d -> draft.newDue = d);
        drafts.add(draft);
        if (!mapping.itemRows.containsKey(key)) {
            issues.warning(sheet.title(), rowNumber, name(UpdateColumn.KEY), "item \"" + key
                    + "\" is not in the Items sheet (update kept)");
        }
    }

    @Override
    void complete() {
        List<StatusUpdate> updates = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            if (d.date == null) {
                skip(d.row, name(UpdateColumn.DATE), "no readable date: row skipped");
            } else {
                updates.add(new StatusUpdate(d.date, d.key, d.author, d.health, d.note, d.newDue, d.row));
            }
        }
        drafts.clear();
        mapping.updates = updates;
    }

    private static final class Draft {
        final int row;
        final String key;
        LocalDate date;
        String author;
        Health health;
        String note;
        LocalDate newDue;

        Draft(int row, String key) {
            this.row = row;
            this.key = key;
        }
    }
}
