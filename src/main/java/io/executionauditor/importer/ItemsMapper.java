package io.executionauditor.importer;

import io.executionauditor.plan.ConstraintType;
import io.executionauditor.plan.EstimateUnit;
import io.executionauditor.plan.Normalizer;
import io.executionauditor.plan.Priority;
import io.executionauditor.plan.Schedule;
import io.executionauditor.plan.Status;
import io.executionauditor.plan.WorkItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Items sheet, the one a plan cannot do without. */
final class ItemsMapper extends SheetMapper<ItemColumn> {
    private static final java.util.Set<String> YES = java.util.Set.of("yes", "y", "true", "1", "x", "critical");
    private static final java.util.Set<String> NO = java.util.Set.of("no", "n", "false", "0", "");
    private final List<WorkItem.Builder> builders = new ArrayList<>();
    private boolean scheduleColumns;

    ItemsMapper(PlanMapping mapping) {
        super(CanonicalSheet.ITEMS, ItemColumn.class, mapping);
    }

    @Override
    void missingColumns(int rowNumber, List<String> missing) throws UnreadableInputException {
        Character separator = separatorInOneCell(header.texts());
        if (separator != null) {
            throw new UnreadableInputException(mapping.fileName() + ": the " + sheet.title() + " sheet's header (row "
                    + rowNumber + ") is one cell, \"" + header.texts().get(0) + "\", whose columns seem separated by '"
                    + separator + "' (expected one column per cell: in a CSV file, columns separated by a comma, "
                    + "a semicolon or a tab)");
        }
        throw new UnreadableInputException(mapping.fileName() + ": the " + sheet.title() + " sheet has no "
                + ItemColumn.KEY.allNames() + " column in its header (row " + rowNumber + ": "
                + Values.examples(header.texts()) + ")");
    }

    /**
     * The character that splits a one-cell header into parts one of which names the Key column ({@code Key|Title}):
     * a file separated by something the reader does not take for a separator; else {@code null}. One pass over
     * the cell, whatever its length: the parts between candidate separators are each looked at once.
     */
    static Character separatorInOneCell(List<String> texts) {
        if (texts.size() != 1) {
            return null;
        }
        String text = texts.get(0);
        int partStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && !mayBeSeparator(text.charAt(i))) {
                continue;
            }
            if (i > partStart && ItemColumn.KEY.matches(text.substring(partStart, i))) {
                if (partStart > 0) {
                    return text.charAt(partStart - 1);
                }
                return i < text.length() ? text.charAt(i) : null;
            }
            partStart = i + 1;
        }
        return null;
    }

    private static boolean mayBeSeparator(char c) {
        return !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && "_-.()'\"".indexOf(c) < 0;
    }

    @Override
    boolean acceptHeader(int rowNumber, List<RawCell> cells) throws UnreadableInputException {
        super.acceptHeader(rowNumber, cells);
        mapping.itemsOwnerHeader = name(ItemColumn.OWNER);
        String estimate = Normalizer.key(cell(cells, ItemColumn.ESTIMATE).asText());
        if (estimate.equals("storypoints") || estimate.equals("points")) {
            mapping.headerUnit = EstimateUnit.POINTS;
        } else if (estimate.equals("hours")) {
            mapping.headerUnit = EstimateUnit.HOURS;
        }
        mapping.itemsHavePeriodColumn = header.has(ItemColumn.PERIOD);
        scheduleColumns = java.util.stream.Stream.of(ItemColumn.DURATION, ItemColumn.ACTUAL_START,
                ItemColumn.BASELINE_START, ItemColumn.BASELINE_FINISH, ItemColumn.BASELINE_DURATION,
                ItemColumn.TOTAL_FLOAT, ItemColumn.CRITICAL, ItemColumn.CONSTRAINT, ItemColumn.CONSTRAINT_DATE)
                .anyMatch(header::has);
        if (!header.has(ItemColumn.PERIOD) && mapping.sheetPeriods != null) {
            issues.warning(sheet.title(), rowNumber, null, "no " + ItemColumn.PERIOD.allNames()
                    + " column: no item is committed to any of the periods of the Periods sheet");
        }
        return true;
    }

    @Override
    void data(int rowNumber, List<RawCell> cells) {
        String key = text(cells, ItemColumn.KEY);
        if (key == null) {
            skip(rowNumber, name(ItemColumn.KEY), "no key: row skipped");
            return;
        }
        Integer first = mapping.itemRows.putIfAbsent(key, rowNumber);
        if (first != null) {
            skip(rowNumber, name(ItemColumn.KEY), "duplicate key \"" + key + "\" (first on row " + first
                    + "): row skipped");
            return;
        }
        WorkItem.Builder item = WorkItem.builder(key).sourceRow(rowNumber);
        item.title(text(cells, ItemColumn.TITLE));
        item.type(text(cells, ItemColumn.TYPE));
        String team = text(cells, ItemColumn.TEAM);
        item.team(team);
        if (team != null) {
            mapping.teamKeys.add(Normalizer.key(team));
        }
        item.owners(owners(cells, rowNumber));
        Status status = choice(cells, ItemColumn.STATUS, rowNumber, Status::parse, "status", Status.accepted(),
                " (treated as todo)");
        item.status(status == null ? Status.TODO : status);
        item.priority(choice(cells, ItemColumn.PRIORITY, rowNumber, Priority::parse, "priority",
                Priority.accepted(), " (left empty)"));
        item.estimate(number(cells, ItemColumn.ESTIMATE, rowNumber));
        item.actual(number(cells, ItemColumn.ACTUAL, rowNumber));
        item.period(period(cells, rowNumber));
        date(cells, ItemColumn.START, rowNumber, item::start);
        date(cells, ItemColumn.DUE, rowNumber, item::due);
        date(cells, ItemColumn.ADDED, rowNumber, item::added);
        date(cells, ItemColumn.DONE, rowNumber, item::done);
        String depends = text(cells, ItemColumn.DEPENDS_ON);
        if (depends != null) {
            item.links(DependencyText.parse(depends));
        }
        item.schedule(schedule(cells, rowNumber));
        item.successCriteria(text(cells, ItemColumn.SUCCESS_CRITERIA));
        item.goal(text(cells, ItemColumn.GOAL));
        String labels = text(cells, ItemColumn.LABELS);
        if (labels != null) {
            item.labels(Values.labels(labels));
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int index : header.unknown()) {
            RawCell cell = Header.cell(cells, index);
            if (!cell.isBlank()) {
                attributes.put(header.text(index), cell.asText());
            }
        }
        item.attributes(attributes);
        builders.add(item);
    }

    /** The schedule columns, when the sheet has any: {@code null} for a plan without them. */
    private Schedule schedule(List<RawCell> cells, int rowNumber) {
        if (!scheduleColumns) {
            return null;
        }
        LocalDate[] dates = new LocalDate[4];
        date(cells, ItemColumn.ACTUAL_START, rowNumber, d -> dates[0] = d);
        date(cells, ItemColumn.BASELINE_START, rowNumber, d -> dates[1] = d);
        date(cells, ItemColumn.BASELINE_FINISH, rowNumber, d -> dates[2] = d);
        date(cells, ItemColumn.CONSTRAINT_DATE, rowNumber, d -> dates[3] = d);
        String critical = text(cells, ItemColumn.CRITICAL);
        Boolean isCritical = critical == null ? null : YES.contains(Normalizer.key(critical)) ? Boolean.TRUE
                : NO.contains(Normalizer.key(critical)) ? Boolean.FALSE : null;
        if (critical != null && isCritical == null) {
            issues.error(sheet.title(), rowNumber, name(ItemColumn.CRITICAL), "\"" + critical
                    + "\" is not yes or no (left empty)");
        }
        ConstraintType constraint = choice(cells, ItemColumn.CONSTRAINT, rowNumber, ConstraintType::parse,
                "constraint", "ASAP, ALAP, SNET, SNLT, FNET, FNLT, MSO or MFO", " (left empty)");
        return new Schedule(days(cells, ItemColumn.DURATION, rowNumber), dates[1], dates[2],
                days(cells, ItemColumn.BASELINE_DURATION, rowNumber), days(cells, ItemColumn.TOTAL_FLOAT, rowNumber),
                isCritical, constraint, dates[3], dates[0], null);
    }

    /** Working days: a plain number, or one written with d, or h (eight to a day). */
    private Double days(List<RawCell> cells, ItemColumn column, int rowNumber) {
        RawCell cell = cell(cells, column);
        if (cell.isBlank()) {
            return null;
        }
        if (cell.number() != null) {
            return cell.number();
        }
        java.util.Optional<Values.Amount> amount = Values.amount(cell.asText());
        if (amount.isEmpty() || amount.get().unit() == EstimateUnit.POINTS) {
            issues.error(sheet.title(), rowNumber, name(column), "\"" + cell.asText()
                    + "\" is not a number of working days (expected a number such as 10 or 10d)");
            return null;
        }
        return amount.get().unit() == EstimateUnit.HOURS ? amount.get().value() / 8 : amount.get().value();
    }

    /** Owner names, spelled as the People sheet spells them when it names them loosely the same. */
    private List<String> owners(List<RawCell> cells, int rowNumber) {
        String text = text(cells, ItemColumn.OWNER);
        if (text == null) {
            return List.of();
        }
        List<String> owners = Values.owners(text);
        for (int i = 0; i < owners.size(); i++) {
            String person = mapping.personNames.get(Normalizer.key(owners.get(i)));
            if (person != null) {
                owners.set(i, person);
            }
            mapping.ownerFirstRows.putIfAbsent(owners.get(i), rowNumber);
        }
        return owners;
    }

    private String period(List<RawCell> cells, int rowNumber) {
        if (!mapping.itemsHavePeriodColumn) {
            return mapping.sheetPeriods == null ? PlanMapping.WHOLE_PLAN : null;
        }
        String text = text(cells, ItemColumn.PERIOD);
        if (text == null) {
            return null;
        }
        String key = Normalizer.key(text);
        if (mapping.sheetPeriods == null) {
            return mapping.derivedPeriods.computeIfAbsent(key, k -> text);
        }
        String period = mapping.periodNames().get(key);
        if (period == null) {
            issues.error(sheet.title(), rowNumber, name(ItemColumn.PERIOD), "\"" + text
                    + "\" names no period of the Periods sheet (expected one of "
                    + Values.examples(mapping.periodNames().values())
                    + "): the item is kept without a period, as uncommitted work");
        }
        return period;
    }

    @Override
    void complete() {
        List<WorkItem> items = new ArrayList<>(builders.size());
        for (WorkItem.Builder builder : builders) {
            items.add(builder.build());
        }
        builders.clear();
        mapping.items = items;
    }
}
