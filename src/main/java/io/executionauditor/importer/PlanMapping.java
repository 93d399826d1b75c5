package io.executionauditor.importer;

import io.executionauditor.plan.EstimateUnit;
import io.executionauditor.plan.Normalizer;
import io.executionauditor.plan.Period;
import io.executionauditor.plan.Person;
import io.executionauditor.plan.Plan;
import io.executionauditor.plan.PlanChange;
import io.executionauditor.plan.StatusUpdate;
import io.executionauditor.plan.WorkItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps the canonical sheets of one source onto a {@link Plan}, sheet by sheet in the order later sheets need
 * (Plan, Periods, People, Items, Updates, Changes), keeping only what crosses sheets: period and person names, item
 * keys, team names and where each owner first appears.
 */
final class PlanMapping {
    static final String WHOLE_PLAN = DerivedPeriods.WHOLE_PLAN;

    final Issues issues = new Issues();
    private final SheetSource source;
    private final List<SheetCounts> counts = new ArrayList<>();

    String planName;
    LocalDate asOf;
    EstimateUnit explicitUnit;
    EstimateUnit headerUnit;
    private EstimateUnit firstWrittenUnit;

    /** The Periods sheet's periods, {@code null} without a usable Periods sheet. */
    List<Period> sheetPeriods;
    private Map<String, String> periodNames;
    /** Without a Periods sheet: the Period column's names by loose key, in order of first appearance. */
    final Map<String, String> derivedPeriods = new LinkedHashMap<>();
    final DateColumns.Convention dateConvention = new DateColumns.Convention();
    boolean itemsHavePeriodColumn;

    /** People's names by loose key, and the loose keys of every team name (People and Items). */
    final Map<String, String> personNames = new HashMap<>();
    final Set<String> teamKeys = new HashSet<>();

    /** Item keys and the row each came from; owners and the first row naming them. */
    final Map<String, Integer> itemRows = new HashMap<>();
    final Map<String, Integer> ownerFirstRows = new LinkedHashMap<>();
    String itemsOwnerHeader = ItemColumn.OWNER.header();

    List<WorkItem> items = List.of();
    List<StatusUpdate> updates = List.of();
    List<PlanChange> changes = List.of();

    PlanMapping(SheetSource source) {
        this.source = source;
    }

    String fileName() {
        return source.fileName();
    }

    ImportResult run() throws UnreadableInputException {
        read(new PlanSheetMapper(this));
        read(new PeriodsMapper(this));
        PeopleMapper people = new PeopleMapper(this);
        boolean hasPeople = read(people) && people.usable();
        ItemsMapper items = new ItemsMapper(this);
        if (!source.readSheet(CanonicalSheet.ITEMS.title(), items)) {
            throw new UnreadableInputException(fileName() + " has no " + CanonicalSheet.ITEMS.title()
                    + " sheet (its sheets: " + Values.examples(source.sheetNames()) + ")");
        }
        items.endOfRows();
        if (!items.hasHeader()) {
            throw new UnreadableInputException(fileName() + ": the " + CanonicalSheet.ITEMS.title()
                    + " sheet is empty (expected a header row naming columns such as Key, Title, Owner, Status)");
        }
        items.finish();
        counts.add(items.counts());
        read(new UpdatesMapper(this));
        read(new ChangesMapper(this));

        List<Period> periods = periods();
        Map<String, String> periodsByKey = new HashMap<>();
        for (Period period : periods) {
            periodsByKey.put(Normalizer.key(period.name()), period.name());
        }
        List<Person> persons = hasPeople ? people.people(periodsByKey) : List.of();
        if (hasPeople) {
            warnOwnersWithoutCapacity();
        }
        Plan plan = new Plan(planName == null ? baseName(fileName()) : planName, fileName(), asOf, unit(), periods,
                persons, this.items, updates, changes);
        return new ImportResult(plan, new ImportReport(counts, issues.all()));
    }

    private boolean read(SheetMapper<?> mapper) throws UnreadableInputException {
        if (!source.readSheet(mapper.sheet.title(), mapper)) {
            return false;
        }
        mapper.finish();
        counts.add(mapper.counts());
        return true;
    }

    /** The Periods sheet's names by loose key. */
    Map<String, String> periodNames() {
        if (periodNames == null) {
            periodNames = new LinkedHashMap<>();
            for (Period period : sheetPeriods) {
                periodNames.put(Normalizer.key(period.name()), period.name());
            }
        }
        return periodNames;
    }

    /** A number's written unit: the first one decides an otherwise unknown unit; one unlike a known unit is reported. */
    void noteUnit(Values.Amount amount, String sheet, int row, String column, String text) {
        if (amount.unit() == null) {
            return;
        }
        if (firstWrittenUnit == null) {
            firstWrittenUnit = amount.unit();
        }
        EstimateUnit known = explicitUnit != null ? explicitUnit : headerUnit;
        if (known != null && known != amount.unit()) {
            issues.warning(sheet, row, column, "\"" + text + "\" is in " + amount.unit().id() + " but the plan's "
                    + "estimates are in " + known.id() + ": read as " + RawCell.plain(amount.value()) + " "
                    + known.id() + " (nothing converted)");
        }
    }

    /** The Plan sheet's unit, else the estimate header's (Story points, Points, Hours), else the first written
     * after a number (8h, 3d), else hours. */
    private EstimateUnit unit() {
        if (explicitUnit != null) {
            return explicitUnit;
        }
        if (headerUnit != null) {
            return headerUnit;
        }
        return firstWrittenUnit != null ? firstWrittenUnit : EstimateUnit.HOURS;
    }

    /**
     * The Periods sheet's periods (sorted by start when every start is known); else the Period column's names, dated
     * by their items ({@link DerivedPeriods#of}); else one period, Whole plan, holding every item, with no dates.
     */
    private List<Period> periods() {
        if (sheetPeriods != null) {
            return sortedByStart(sheetPeriods);
        }
        if (!itemsHavePeriodColumn) {
            return DerivedPeriods.wholePlan();
        }
        return DerivedPeriods.of(derivedPeriods.values(), items);
    }

    private static List<Period> sortedByStart(List<Period> periods) {
        if (!periods.stream().allMatch(p -> p.start() != null)) {
            return periods;
        }
        List<Period> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(Period::start)); // stable: equal starts keep sheet order
        return sorted;
    }

    /** An owner who is neither a person of the People sheet nor a team: one warning, where the name first appears. */
    private void warnOwnersWithoutCapacity() {
        ownerFirstRows.forEach((owner, row) -> {
            String key = Normalizer.key(owner);
            if (!personNames.containsKey(key) && !teamKeys.contains(key)) {
                issues.warning(CanonicalSheet.ITEMS.title(), row, itemsOwnerHeader, "owner \"" + owner
                        + "\" is not in the People sheet: capacity unknown");
            }
        });
    }

    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
