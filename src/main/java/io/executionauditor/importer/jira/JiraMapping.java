package io.executionauditor.importer.jira;

import io.executionauditor.importer.DateColumns;
import io.executionauditor.importer.DerivedPeriods;
import io.executionauditor.importer.ImportReport;
import io.executionauditor.importer.ImportResult;
import io.executionauditor.importer.Issues;
import io.executionauditor.importer.RawCell;
import io.executionauditor.importer.SheetCounts;
import io.executionauditor.importer.SheetSource;
import io.executionauditor.importer.UnreadableInputException;
import io.executionauditor.importer.Values;
import io.executionauditor.importer.jira.JiraTerms.Dialect;
import io.executionauditor.importer.jira.JiraTerms.Field;
import io.executionauditor.plan.ChangeKind;
import io.executionauditor.plan.EstimateUnit;
import io.executionauditor.plan.Period;
import io.executionauditor.plan.Plan;
import io.executionauditor.plan.PlanChange;
import io.executionauditor.plan.Priority;
import io.executionauditor.plan.Status;
import io.executionauditor.plan.StatusUpdate;
import io.executionauditor.plan.WorkItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Turns the rows of a Jira export into a plan: one work item per issue (epics group work and are skipped, their
 * summary becoming their children's goal), the last sprint as the period and each earlier one as a carry-over,
 * Blocks links as dependencies, comments as status updates. What needs every row (parents, links, the estimate unit,
 * the sprints' order) is settled in {@link #finish()}.
 */
final class JiraMapping implements SheetSource.RowHandler {
    private static final Pattern TEAM_ID = Pattern.compile(
            "(?i)(?:ari:cloud:[^ ]*)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Characters that are no text: zero-width spaces and joiners, byte-order marks. */
    private static final Pattern INVISIBLE = Pattern.compile(
            "^[\\u200B-\\u200D\\u2060\\uFEFF]+|[\\u200B-\\u200D\\u2060\\uFEFF]+$");
    private static final int CRITERIA_LIMIT = 500;

    private final String fileName;
    private final Issues issues = new Issues();
    private JiraHeader header;
    private String sheet = Dialect.JIRA.sheet;
    private DateColumns dates;
    private int read;
    private int skipped;

    private final List<Draft> drafts = new ArrayList<>();
    private final Map<String, Draft> byKey = new HashMap<>();
    private final Map<String, Integer> keyRows = new HashMap<>();
    private final Map<String, String> keyById = new HashMap<>();
    /** Epics and other containers: key to summary. */
    private final Map<String, String> containers = new HashMap<>();
    private final List<StatusUpdate> updates = new ArrayList<>();
    /** Outward Blocks links (blocked issue, blocking issue), applied once every issue is read. */
    private final List<String[]> blockedLater = new ArrayList<>();
    private LocalDate lastUpdated;
    private LocalDate lastCreatedOrResolved;

    JiraMapping(String fileName) {
        this.fileName = fileName;
    }

    /** One issue as read, before what needs the whole export is known. */
    private static final class Draft {
        final int row;
        final String key;
        final WorkItem.Builder item;
        String type;
        String status;
        String category;
        String resolution;
        boolean flagged;
        LocalDate resolved;
        LocalDate updated;
        Cell points;
        Cell estimate;
        Cell spent;
        final List<String> sprints = new ArrayList<>();
        String parentId;
        String parentKey;
        String parentSummary;
        String epicLink;
        String criteria;
        final Set<String> dependsOn = new LinkedHashSet<>();

        Draft(int row, String key) {
            this.row = row;
            this.key = key;
            this.item = WorkItem.builder(key).sourceRow(row);
        }
    }

    /** A number as read, with where it came from, for messages once it is known how it is used. */
    private record Cell(double value, String column, String text) {
    }

    @Override
    public void row(int rowNumber, List<RawCell> cells) throws UnreadableInputException {
        if (isBlank(cells)) {
            return;
        }
        if (header == null) {
            List<String> texts = new ArrayList<>();
            cells.forEach(cell -> texts.add(cell.asText()));
            header = JiraHeader.bind(texts);
            if (header == null) {
                throw new UnreadableInputException(fileName + " is not a Jira export after all (its header, row "
                        + rowNumber + ", names no issue key column)");
            }
            sheet = header.dialect.sheet;
            dates = new DateColumns(sheet, issues);
            return;
        }
        read++;
        String key = first(cells, Field.KEY);
        if (key == null) {
            skip(rowNumber, header.name(Field.KEY), "no issue key: row skipped");
            return;
        }
        Integer first = keyRows.putIfAbsent(key, rowNumber);
        if (first != null) {
            skip(rowNumber, header.name(Field.KEY), "issue " + key + " again (first on row " + first
                    + "): row skipped");
            return;
        }
        String id = first(cells, Field.ID);
        if (id != null) {
            keyById.put(id, key);
        }
        String summary = first(cells, Field.SUMMARY);
        String type = first(cells, Field.TYPE);
        boolean container = type != null && JiraTerms.isContainerType(type);
        Draft draft = container ? null : new Draft(rowNumber, key);
        date(cells, Field.UPDATED, rowNumber, date -> {
            lastUpdated = latest(lastUpdated, date);
            if (draft != null) {
                draft.updated = date;
            }
        });
        if (container) {
            containers.put(key, summary == null ? key : summary);
            skipped++;
            issues.warning(sheet, rowNumber, header.name(Field.TYPE), key + " (" + type + ") groups work rather "
                    + "than being work, so it is not audited as an item; its summary is the goal of the issues "
                    + "under it");
            return;
        }
        drafts.add(draft);
        byKey.put(key, draft);
        draft.type = type;
        draft.item.title(summary).type(type);
        read(cells, draft);
    }

    private void read(List<RawCell> cells, Draft d) {
        int row = d.row;
        String assignee = first(cells, Field.ASSIGNEE);
        d.item.owners(assignee == null || JiraTerms.isUnassigned(assignee) ? List.of() : List.of(assignee));
        d.status = first(cells, Field.STATUS);
        d.category = first(cells, Field.STATUS_CATEGORY);
        d.resolution = first(cells, Field.RESOLUTION);
        d.flagged = first(cells, Field.FLAGGED) != null;
        String priority = first(cells, Field.PRIORITY);
        if (priority != null) {
            Optional<Integer> rank = Priority.parse(priority);
            if (rank.isEmpty()) {
                issues.error(sheet, row, header.name(Field.PRIORITY), "\"" + priority + "\" is not a priority "
                        + "(expected " + Priority.accepted() + "): left empty");
            }
            d.item.priority(rank.orElse(null));
        }
        date(cells, Field.CREATED, row, date -> {
            d.item.added(date);
            lastCreatedOrResolved = latest(lastCreatedOrResolved, date);
        });
        date(cells, Field.RESOLVED, row, date -> {
            d.item.done(date);
            d.resolved = date;
            lastCreatedOrResolved = latest(lastCreatedOrResolved, date);
        });
        date(cells, Field.DUE, row, d.item::due);
        date(cells, Field.START, row, d.item::start);
        String moved = d.category == null ? "status category changed" : "status category changed to " + d.category;
        date(cells, Field.STATUS_CATEGORY_CHANGED, row, date -> updates.add(new StatusUpdate(date, d.key, null,
                null, moved, null, row)));
        d.points = number(cells, Field.STORY_POINTS, row);
        d.estimate = number(cells, Field.ORIGINAL_ESTIMATE, row);
        d.spent = number(cells, Field.TIME_SPENT, row);
        for (int index : header.columns(Field.SPRINT)) {
            String sprint = clean(cell(cells, index).asText());
            if (!sprint.isEmpty() && (d.sprints.isEmpty() || !d.sprints.get(d.sprints.size() - 1).equals(sprint))) {
                d.sprints.remove(sprint);
                d.sprints.add(sprint);
            }
        }
        Set<String> labels = new LinkedHashSet<>();
        for (int index : header.columns(Field.LABELS)) {
            for (String label : SPACES.split(cell(cells, index).asText())) {
                if (!label.isEmpty()) {
                    labels.add(label);
                }
            }
        }
        d.item.labels(new ArrayList<>(labels));
        d.parentId = first(cells, Field.PARENT_ID);
        d.parentKey = first(cells, Field.PARENT_KEY);
        d.parentSummary = first(cells, Field.PARENT_SUMMARY);
        d.epicLink = first(cells, Field.EPIC_LINK);
        team(cells, d);
        d.criteria = criteria(cells);
        for (int index : header.blockedBy) {
            d.dependsOn.addAll(Values.keys(cell(cells, index).asText()));
        }
        for (int index : header.blocks) {
            for (String blocked : Values.keys(cell(cells, index).asText())) {
                blockedLater.add(new String[] {blocked, d.key});
            }
        }
        for (int index : header.columns(Field.COMMENT)) {
            comment(cell(cells, index), row, header.text(index), d.key);
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int index : header.others) {
            String value = clean(cell(cells, index).asText());
            if (!value.isEmpty()) {
                attributes.merge(header.text(index), value, (a, b) -> a + "; " + b);
            }
        }
        d.item.attributes(attributes);
    }

    private void team(List<RawCell> cells, Draft d) {
        String team = first(cells, Field.TEAM);
        if (team != null && TEAM_ID.matcher(team).matches()) {
            issues.warning(sheet, d.row, header.name(Field.TEAM), "\"" + team + "\" is a team's id, not its name: "
                    + "the item is kept without a team");
            team = null;
        }
        d.item.team(team);
    }

    /** The acceptance criteria field, else the part of the description under an acceptance-criteria heading. */
    private String criteria(List<RawCell> cells) {
        String criteria = first(cells, Field.ACCEPTANCE_CRITERIA);
        if (criteria != null) {
            return criteria;
        }
        String description = first(cells, Field.DESCRIPTION);
        if (description == null) {
            return null;
        }
        int at = JiraTerms.criteriaHeading(description);
        if (at < 0) {
            return null;
        }
        String part = description.substring(at).strip();
        return part.length() <= CRITERIA_LIMIT ? part : part.substring(0, CRITERIA_LIMIT) + "…";
    }

    /** A Jira comment cell, {@code date;author;text}: a status update with no health (the item was talked about). */
    private void comment(RawCell cell, int row, String column, String key) {
        String text = cell.asText();
        if (text.isEmpty()) {
            return;
        }
        String[] parts = text.split(";", 3);
        if (parts.length < 3) {
            issues.warning(sheet, row, column, "\"" + abbreviate(text) + "\" is not a Jira comment (date;author;"
                    + "text): not read as an update");
            return;
        }
        String author = parts[1].isBlank() ? null : parts[1].strip();
        String note = parts[2].strip();
        dates.read(RawCell.text(parts[0].strip()), row, column, Field.COMMENT.name(),
                date -> updates.add(new StatusUpdate(date, key, author, null, note, null, row)));
    }

    ImportResult finish() throws UnreadableInputException {
        if (header == null) {
            throw new UnreadableInputException(fileName + " is empty (expected a Jira export with a header row)");
        }
        dates.resolve();
        for (String[] link : blockedLater) {
            Draft blocked = byKey.get(link[0]);
            if (blocked != null) {
                blocked.dependsOn.add(link[1]);
            }
        }
        EstimateUnit unit = unit();
        boolean hasSprints = header.has(Field.SPRINT);
        List<WorkItem> items = items(unit, hasSprints);
        List<Period> periods = hasSprints ? DerivedPeriods.of(SprintOrder.of(sprintLists()), datingItems(items))
                : DerivedPeriods.wholePlan();
        LocalDate asOf = asOf();
        List<PlanChange> changes = carryOvers(periods, asOf);
        Plan plan = new Plan(baseName(fileName), fileName, asOf, unit, periods, List.of(), items, updates, changes);
        SheetCounts counts = new SheetCounts(sheet, read, read - skipped, skipped);
        return new ImportResult(plan, new ImportReport(List.of(counts), issues.all()));
    }

    /** Each issue as a work item, now that parents, links and the estimate unit are known. */
    private List<WorkItem> items(EstimateUnit unit, boolean hasSprints) {
        List<WorkItem> items = new ArrayList<>(drafts.size());
        Map<String, String> goals = new HashMap<>();
        Map<String, Integer> mappedThroughCategory = new LinkedHashMap<>();
        int subtasksInTheirStory = 0;
        for (Draft d : drafts) {
            d.item.status(status(d, mappedThroughCategory));
            estimate(d, unit);
            if (unit == EstimateUnit.POINTS && d.points == null && isSubtask(d)) {
                d.item.estimate(0.0);
                subtasksInTheirStory++;
            }
            d.dependsOn.remove(d.key);
            d.item.dependsOn(new ArrayList<>(d.dependsOn));
            d.item.goal(goal(d, goals, new HashSet<>()));
            d.item.successCriteria(criteria(d, new HashSet<>()));
            d.item.period(hasSprints ? last(d.sprints) : DerivedPeriods.WHOLE_PLAN);
            items.add(d.item.build());
        }
        if (subtasksInTheirStory > 0) {
            boolean one = subtasksInTheirStory == 1;
            issues.warning(sheet, 0, header.name(Field.STORY_POINTS), subtasksInTheirStory + (one
                    ? " sub-task has no story points of its own" : " sub-tasks have no story points of their own")
                    + ": Jira counts a sub-task's work in its story's points, so " + (one ? "it is" : "each is")
                    + " read as 0 points, not as a missing estimate");
        }
        mappedThroughCategory.forEach((how, count) -> issues.warning(sheet, 0, header.name(Field.STATUS), how
                + " (" + count + (count == 1 ? " issue)" : " issues)")));
        return items;
    }

    /**
     * Story points when more issues carry them than carry an original estimate; else hours from Original Estimate
     * (Jira: seconds; DevLake: minutes); with neither filled in, points when the export has a story points column.
     * What the other kind held is said once, not silently dropped.
     */
    private EstimateUnit unit() {
        int points = 0;
        int hours = 0;
        int spent = 0;
        for (Draft d : drafts) {
            points += d.points != null && d.points.value() > 0 ? 1 : 0;
            hours += d.estimate != null && d.estimate.value() > 0 ? 1 : 0;
            spent += d.spent != null && d.spent.value() > 0 ? 1 : 0;
        }
        boolean usePoints = points > 0 ? points >= hours : hours == 0 && header.has(Field.STORY_POINTS);
        if (usePoints && hours > 0) {
            issues.warning(sheet, 0, header.name(Field.ORIGINAL_ESTIMATE), count(hours) + " also " + carry(hours)
                    + " "
                    + header.name(Field.ORIGINAL_ESTIMATE) + ": not used, the plan's estimates are story points ("
                    + header.name(Field.STORY_POINTS) + ")");
        }
        if (usePoints && spent > 0) {
            issues.warning(sheet, 0, header.name(Field.TIME_SPENT), count(spent) + " " + carry(spent) + " "
                    + header.name(Field.TIME_SPENT) + ": not used, time spent cannot be set against estimates in "
                    + "story points");
        }
        if (!usePoints && points > 0) {
            issues.warning(sheet, 0, header.name(Field.STORY_POINTS), count(points) + " also " + carry(points)
                    + " story points ("
                    + header.name(Field.STORY_POINTS) + "): not used, the plan's estimates are hours from "
                    + header.name(Field.ORIGINAL_ESTIMATE));
        }
        return usePoints ? EstimateUnit.POINTS : EstimateUnit.HOURS;
    }

    private void estimate(Draft d, EstimateUnit unit) {
        if (unit == EstimateUnit.POINTS) {
            d.item.estimate(nonNegative(d.points, d.row, 1));
        } else {
            d.item.estimate(nonNegative(d.estimate, d.row, header.dialect.timePerHour));
            d.item.actual(nonNegative(d.spent, d.row, header.dialect.timePerHour));
        }
    }

    /** The cell's value divided into the plan's unit; a negative one is reported and left empty. */
    private Double nonNegative(Cell cell, int row, double perUnit) {
        if (cell == null) {
            return null;
        }
        if (cell.value() < 0) {
            issues.error(sheet, row, cell.column(), "\"" + cell.text() + "\" is below zero (expected an estimate "
                    + "of 0 or more): left empty");
            return null;
        }
        return cell.value() / perUnit;
    }

    /**
     * The status through section 3's synonyms or Jira's default status names; else through its Status Category;
     * else done when the issue has a resolution date; else todo, reported. A Done issue whose resolution says the
     * work was not done (Won't Do, Duplicate, Cannot Reproduce...) is deprioritized; an open flagged issue blocked.
     */
    private Status status(Draft d, Map<String, Integer> mappedThroughCategory) {
        Status status = null;
        if (d.status != null) {
            status = Status.parse(d.status).orElse(JiraTerms.workflowName(d.status));
        }
        if (status == null && d.category != null) {
            status = JiraTerms.workflowName(d.category);
            if (status != null && d.status != null) {
                mappedThroughCategory.merge("\"" + d.status + "\" read as " + status.id() + " from its "
                        + header.name(Field.STATUS_CATEGORY) + " \"" + d.category + "\"", 1, Integer::sum);
            }
        }
        if (status == null && d.status != null && d.resolved != null) {
            status = Status.DONE;
            issues.warning(sheet, d.row, header.name(Field.STATUS), "\"" + d.status + "\" is not a status this "
                    + "import knows" + categorySaid(d) + "; the issue was resolved on " + d.resolved
                    + ", so it is read as done");
        }
        if (status == null && d.status != null) {
            issues.error(sheet, d.row, header.name(Field.STATUS), "\"" + d.status + "\" is not a status (expected "
                    + Status.accepted() + ", Jira's To Do, In Progress or Done in the export's language, or a "
                    + "Status Category column)" + categorySaid(d) + ": treated as todo");
        }
        if (status == null) {
            status = Status.TODO;
        }
        if (status == Status.DONE && d.resolution != null && JiraTerms.isNotDoneResolution(d.resolution)) {
            status = Status.DEPRIORITIZED;
        }
        if (status.isOpen() && d.flagged) {
            status = Status.BLOCKED;
        }
        return status;
    }

    private String categorySaid(Draft d) {
        return d.category == null ? "" : " and neither is its " + header.name(Field.STATUS_CATEGORY) + " \""
                + d.category + "\"";
    }

    /**
     * The goal an issue serves: its epic's summary (Epic Link, or a parent that is an epic); through a parent in the
     * export that is not an epic (a sub-task's story), that parent's goal; a parent outside the export, its summary
     * as the export gives it.
     */
    private String goal(Draft d, Map<String, String> goals, Set<String> visiting) {
        if (goals.containsKey(d.key)) {
            return goals.get(d.key);
        }
        if (!visiting.add(d.key)) {
            return null; // parents in a loop: no goal from them
        }
        String goal = null;
        if (d.epicLink != null) {
            goal = containers.getOrDefault(d.epicLink, d.epicLink);
        }
        String parent = parentKey(d);
        if (goal == null && parent != null) {
            if (containers.containsKey(parent)) {
                goal = containers.get(parent);
            } else if (byKey.containsKey(parent)) {
                goal = goal(byKey.get(parent), goals, visiting);
            }
        }
        if (goal == null && parent != null && !byKey.containsKey(parent)) {
            goal = d.parentSummary;
        }
        goals.put(d.key, goal);
        return goal;
    }

    /** A sub-task by its type, or an issue whose parent is another work item of the export (not an epic). */
    private boolean isSubtask(Draft d) {
        String parent = parentKey(d);
        return (d.type != null && JiraTerms.isSubtaskType(d.type)) || (parent != null && byKey.containsKey(parent));
    }

    /** The issue's own acceptance criteria, else (a sub-task) those of the issue it is part of. */
    private String criteria(Draft d, Set<String> visiting) {
        if (d.criteria != null || !visiting.add(d.key)) {
            return d.criteria;
        }
        Draft parent = byKey.get(parentKey(d) == null ? "" : parentKey(d));
        return parent == null ? null : criteria(parent, visiting);
    }

    /** The parent's key: the parent key column, else the parent column read as an issue id or key. */
    private String parentKey(Draft d) {
        if (d.parentKey != null) {
            return d.parentKey;
        }
        if (d.parentId == null) {
            return null;
        }
        return keyById.getOrDefault(d.parentId, d.parentId);
    }

    /**
     * The items as they date their sprints: a carried-over issue started in an earlier sprint, so its start says
     * nothing of when its last sprint began.
     */
    private List<WorkItem> datingItems(List<WorkItem> items) {
        List<WorkItem> dating = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            WorkItem item = items.get(i);
            dating.add(drafts.get(i).sprints.size() > 1 ? item.toBuilder().start(null).build() : item);
        }
        return dating;
    }

    /** Each issue's sprints, earliest first, for ordering the sprints. */
    private List<List<String>> sprintLists() {
        List<List<String>> lists = new ArrayList<>();
        for (Draft d : drafts) {
            if (!d.sprints.isEmpty()) {
                lists.add(d.sprints);
            }
        }
        return lists;
    }

    /**
     * A carry-over for each sprint an issue left for the next one it is listed in: dated the later sprint's start,
     * else the earlier sprint's end, else the day the issue was last updated (the move was made by then), else the
     * as-of date.
     */
    private List<PlanChange> carryOvers(List<Period> periods, LocalDate asOf) {
        Map<String, Period> byName = new HashMap<>();
        periods.forEach(p -> byName.put(p.name(), p));
        List<PlanChange> changes = new ArrayList<>();
        for (Draft d : drafts) {
            for (int i = 0; i + 1 < d.sprints.size(); i++) {
                String from = d.sprints.get(i);
                String to = d.sprints.get(i + 1);
                LocalDate date = byName.get(to).start() != null ? byName.get(to).start()
                        : byName.get(from).end() != null ? byName.get(from).end()
                        : d.updated != null ? d.updated : asOf;
                if (date == null) {
                    issues.warning(sheet, d.row, header.name(Field.SPRINT), d.key + " went from " + from + " to " + to
                            + ", but the export dates nothing to say when: the carry-over is not recorded");
                } else {
                    changes.add(new PlanChange(date, d.key, ChangeKind.CARRIED_OVER, from, to, null,
                            "listed in " + from + " and then in " + to + " in the Jira export", d.row));
                }
            }
        }
        return changes;
    }

    /** The day the last issue was updated (a Jira export says nothing of when it was made), reported as a warning. */
    private LocalDate asOf() {
        LocalDate asOf = lastUpdated != null ? lastUpdated : lastCreatedOrResolved;
        if (asOf != null) {
            String from = lastUpdated != null ? "the last day an issue was updated (" + header.name(Field.UPDATED)
                    + ")" : "the last day an issue was created or resolved";
            issues.warning(sheet, 0, null, "the export does not say when it was made: the plan is audited as of "
                    + asOf + ", " + from + "; give another date with --as-of (or the upload's as-of date)");
        }
        return asOf;
    }

    private Cell number(List<RawCell> cells, Field field, int row) {
        for (int index : header.columns(field)) {
            String text = clean(cell(cells, index).asText());
            if (text.isEmpty()) {
                continue;
            }
            Optional<Values.Amount> amount = Values.amount(text);
            if (amount.isEmpty() || amount.get().unit() != null) {
                issues.error(sheet, row, header.text(index), "\"" + text + "\" is not a number (expected "
                        + (field == Field.STORY_POINTS ? "story points such as 3 or 0.5" : header.dialect
                        == Dialect.DEVLAKE ? "minutes such as 90" : "seconds such as 28800") + "): left empty");
                return null;
            }
            return new Cell(amount.get().value(), header.text(index), text);
        }
        return null;
    }

    private void date(List<RawCell> cells, Field field, int row, Consumer<LocalDate> target) {
        for (int index : header.columns(field)) {
            RawCell cell = cell(cells, index);
            if (!cell.isBlank()) {
                dates.read(cell, row, header.text(index), field.name(), target);
                return;
            }
        }
    }

    /** The field's first non-empty cell, trimmed of spaces and invisible characters, or {@code null}. */
    private String first(List<RawCell> cells, Field field) {
        for (int index : header.columns(field)) {
            String text = clean(cell(cells, index).asText());
            if (!text.isEmpty()) {
                return text;
            }
        }
        return null;
    }

    private void skip(int row, String column, String message) {
        skipped++;
        issues.error(sheet, row, column, message);
    }

    private static RawCell cell(List<RawCell> cells, int index) {
        RawCell cell = index < cells.size() ? cells.get(index) : null;
        return cell == null ? RawCell.EMPTY : cell;
    }

    private static String clean(String text) {
        return INVISIBLE.matcher(text).replaceAll("").strip();
    }

    private static boolean isBlank(List<RawCell> cells) {
        for (RawCell cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String last(List<String> list) {
        return list.isEmpty() ? null : list.get(list.size() - 1);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static String count(int issues) {
        return issues + (issues == 1 ? " issue" : " issues");
    }

    private static String carry(int issues) {
        return issues == 1 ? "carries" : "carry";
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
