package io.executionauditor.importer.project;

import io.executionauditor.importer.ImportReport;
import io.executionauditor.importer.ImportResult;
import io.executionauditor.importer.Issues;
import io.executionauditor.importer.SheetCounts;
import io.executionauditor.importer.Values;
import io.executionauditor.plan.ChangeKind;
import io.executionauditor.plan.ConstraintType;
import io.executionauditor.plan.Dependency;
import io.executionauditor.plan.LinkType;
import io.executionauditor.plan.EstimateUnit;
import io.executionauditor.plan.Period;
import io.executionauditor.plan.Person;
import io.executionauditor.plan.Plan;
import io.executionauditor.plan.PlanChange;
import io.executionauditor.plan.Schedule;
import io.executionauditor.plan.Status;
import io.executionauditor.plan.WorkItem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.ResourceAssignment;
import org.mpxj.Task;

/**
 * Maps a project file onto the plan: leaf tasks are work items (summary tasks are goals, milestones are points in
 * time); assigned work resources are owners and people, with capacity from their calendar and max units; finish
 * links are dependencies; percent complete and actual dates give status; a finish later than the baseline finish is
 * a slip. Periods are calendar months, or ISO weeks.
 */
final class ProjectPlanMapper {
    static final String TASKS = "Tasks";
    static final String RESOURCES = "Resources";
    static final String LINKS = "Links";
    /** Names programs give a plan nobody named: MS Project's (and MPXJ's) and GanttProject's. */
    private static final Set<String> PLACEHOLDER_NAMES = Set.of("project1", "untitled gantt project");

    private final ProjectFile project;
    private final Path file;
    private final String fileName;
    private final PeriodGrain grain;
    private final Issues issues = new Issues();
    private final WorkCalendars calendars;

    /** Work tasks and their keys. */
    private final Map<Task, String> workKeys = new IdentityHashMap<>();
    private final ProjectPeople people;

    ProjectPlanMapper(ProjectFile project, Path file, String fileName, PeriodGrain grain) {
        this.project = project;
        this.file = file;
        this.fileName = fileName;
        this.grain = grain;
        this.calendars = new WorkCalendars(project);
        this.people = new ProjectPeople(project, calendars, issues);
    }

    ImportResult map() {
        List<SheetCounts> counts = new ArrayList<>();
        List<Task> work = selectWork(counts);
        List<Period> periods = periods(work);
        counts.add(people.read(periods));
        TaskLinks links = links(counts);
        LocalDate asOf = asOf();
        List<WorkItem> items = new ArrayList<>(work.size());
        List<PlanChange> slips = new ArrayList<>();
        LocalDate firstWritten = firstCreated(work);
        for (Task task : work) {
            WorkItem item = item(task, periods, links, firstWritten);
            items.add(item);
            slip(task, item, asOf).ifPresent(slips::add);
        }
        Plan plan = new Plan(planName(), fileName, asOf, EstimateUnit.HOURS, periods,
                people.all(), items, List.of(), slips);
        return new ImportResult(plan, new ImportReport(counts, issues.all()));
    }

    /** Leaf tasks are work; summary tasks, milestones, blank rows and other projects' tasks are counted, not used. */
    private List<Task> selectWork(List<SheetCounts> counts) {
        List<Task> work = new ArrayList<>();
        List<String> summaries = new ArrayList<>();
        List<String> milestones = new ArrayList<>();
        List<String> other = new ArrayList<>();
        List<String> ownedSummaries = new ArrayList<>();
        int blank = 0;
        int projectRows = 0;
        Set<String> keys = new java.util.HashSet<>();
        for (Task task : project.getTasks()) {
            if (isProjectSummary(task)) {
                projectRows++;
            } else if (task.getNull() || (isBlank(task.getName()) && task.getStart() == null)) {
                blank++;
            } else if ((!task.getChildTasks().isEmpty() || task.getSummary()) && !hasOwners(task)) {
                summaries.add(label(task));
            } else if (task.getMilestone()) {
                milestones.add(label(task));
            } else if (task.getExternalTask()) {
                other.add(label(task));
            } else {
                if (!task.getChildTasks().isEmpty()) {
                    ownedSummaries.add(label(task));
                }
                String key = keyOf(task);
                if (!keys.add(key)) {
                    key = key + "#" + task.getUniqueID();
                    keys.add(key);
                }
                workKeys.put(task, key);
                work.add(task);
            }
        }
        if (!ownedSummaries.isEmpty()) {
            issues.warning(TASKS, 0, null, ownedSummaries.size() + " summary tasks have people assigned to them and "
                    + "are audited as work items for that work, beside the tasks under them ("
                    + Values.examples(ownedSummaries) + ")");
        }
        skipped(summaries, "summary tasks are not work items: each one's name is the goal of the tasks under it");
        skipped(milestones, "milestones are points in time, not work: links through them are followed to the work "
                + "before them");
        skipped(other, "tasks of other projects (external tasks) are not this plan's work");
        if (blank > 0) {
            issues.warning(TASKS, 0, null, blank + " blank task rows skipped");
        }
        int read = project.getTasks().size() - projectRows;
        counts.add(new SheetCounts(TASKS, read, work.size(), read - work.size()));
        return work;
    }

    private void skipped(List<String> tasks, String why) {
        if (!tasks.isEmpty()) {
            issues.warning(TASKS, 0, null, tasks.size() + " skipped: " + why + " (" + Values.examples(tasks) + ")");
        }
    }

    /** People are assigned to the task itself (GanttProject lets a plan assign a whole phase). */
    private static boolean hasOwners(Task task) {
        for (ResourceAssignment assignment : task.getResourceAssignments()) {
            if (ProjectPeople.isPerson(assignment.getResource())) {
                return true;
            }
        }
        return false;
    }

    /** MS Project's row 0 (outline level 0), the whole project rolled up; not a task of the plan. */
    static boolean isProjectSummary(Task task) {
        return Integer.valueOf(0).equals(task.getOutlineLevel())
                || (Integer.valueOf(0).equals(task.getID()) && task.getSummary());
    }

    /** The id a scheduler sees: Primavera's activity id, else the task's ID (its row), else its unique id. */
    private static String keyOf(Task task) {
        if (!isBlank(task.getActivityID())) {
            return task.getActivityID().strip();
        }
        return String.valueOf(task.getID() != null ? task.getID() : task.getUniqueID());
    }

    private static String label(Task task) {
        return keyOf(task) + " " + (isBlank(task.getName()) ? "(no name)" : task.getName().strip());
    }

    /** Calendar periods from the first start to the last finish of the work; one undated period without dates. */
    private List<Period> periods(List<Task> work) {
        LocalDate first = null;
        LocalDate last = null;
        for (Task task : work) {
            for (LocalDateTime date : new LocalDateTime[] {task.getStart(), task.getFinish()}) {
                if (date != null) {
                    LocalDate day = date.toLocalDate();
                    first = first == null || day.isBefore(first) ? day : first;
                    last = last == null || day.isAfter(last) ? day : last;
                }
            }
        }
        return first == null ? List.of() : grain.between(first, last);
    }

    /** The schedule's links (GanttProject's nested ones read from the file itself), counted as they are used. */
    private TaskLinks links(List<SheetCounts> counts) {
        List<TaskLinks.Link> links = new ArrayList<>();
        for (Task task : project.getTasks()) {
            for (Relation relation : task.getPredecessors()) {
                links.add(new TaskLinks.Link(relation.getPredecessorTask(), task, relation.getType(), relation.getLag()));
            }
        }
        GanttProjectLinks.addNested(project, file, links, issues);
        TaskLinks resolved = new TaskLinks(links, workKeys::get);
        if (resolved.startOnly > 0) {
            issues.warning(LINKS, 0, null, resolved.startOnly + " start-to-start or start-to-finish links do not "
                    + "order finishes, so they are not read as \"depends on\"");
        }
        counts.add(new SheetCounts(LINKS, links.size(), links.size() - resolved.startOnly, resolved.startOnly));
        return resolved;
    }

    /** The day the plan was first written down: tasks created that day are its original scope, not additions. */
    private static LocalDate firstCreated(List<Task> work) {
        LocalDate first = null;
        for (Task task : work) {
            LocalDate created = task.getCreateDate() == null ? null : task.getCreateDate().toLocalDate();
            if (created != null && (first == null || created.isBefore(first))) {
                first = created;
            }
        }
        return first;
    }

    private WorkItem item(Task task, List<Period> periods, TaskLinks links, LocalDate firstWritten) {
        List<Person> owners = new ArrayList<>();
        double units = 0;
        double ownersWork = 0;
        for (ResourceAssignment assignment : task.getResourceAssignments()) {
            Person person = people.of(assignment.getResource());
            if (person != null) {
                ownersWork += calendars.hours(assignment.getWork());
                if (!owners.contains(person)) {
                    owners.add(person);
                    units += assignment.getUnits() == null ? 1.0 : assignment.getUnits().doubleValue() / 100.0;
                }
            }
        }
        double estimate = estimate(task, owners.isEmpty() ? 1.0 : units, ownersWork);
        double actual = calendars.hours(task.getActualWork());
        LocalDate start = day(task.getStart());
        LocalDate finish = day(task.getFinish());
        Period period = finish != null ? grain.periodOf(finish) : start != null ? grain.periodOf(start) : null;
        LocalDate created = day(task.getCreateDate());
        Map<String, String> attributes = new LinkedHashMap<>();
        put(attributes, "Unique ID", task.getUniqueID());
        put(attributes, "WBS", task.getWBS());
        put(attributes, "% complete", task.getPercentageComplete());
        put(attributes, "Baseline finish", day(task.getBaselineFinish()));
        Status status = status(task);
        double rounded = WorkCalendars.round(estimate);
        return WorkItem.builder(workKeys.get(task)).title(isBlank(task.getName()) ? null : task.getName().strip())
                .type("Task").owners(owners.stream().map(Person::name).toList()).team(commonTeam(owners)).status(status).priority(rank(task))
                .estimate(rounded > 0 ? rounded : null)
                .workByPeriod(rounded > 0 && period != null ? calendars.spread(task, rounded, periods, period) : null)
                .actual(actual > 0 ? WorkCalendars.round(actual) : null)
                .period(period == null ? null : period.name()).start(start).due(finish)
                .added(created != null && firstWritten != null && created.isAfter(firstWritten) ? created : null)
                .done(status == Status.DONE ? doneOn(task) : null).dependsOn(links.dependenciesOf(task))
                .links(typedLinks(task, links)).schedule(schedule(task))
                .goal(goalOf(task)).attributes(attributes).sourceRow(task.getID() == null ? 0 : task.getID())
                .build();
    }

    /**
     * The work its owners are assigned (work for roles or materials is not theirs), else the task's work, else its
     * duration times the owners' units: a GanttProject or Primavera plan that states no work.
     */
    private double estimate(Task task, double units, double ownersWork) {
        if (ownersWork > 0) {
            return ownersWork;
        }
        double work = calendars.hours(task.getWork());
        return work > 0 ? work : calendars.hours(task.getDuration()) * units;
    }

    /**
     * The task's links with their type and lag: those from work items as the file has them, and those through a
     * milestone or summary as the finish-to-start links they amount to.
     */
    private List<Dependency> typedLinks(Task task, TaskLinks links) {
        Map<String, Dependency> byKey = new LinkedHashMap<>();
        for (TaskLinks.Link link : links.directLinks(task)) {
            String key = workKeys.get(link.predecessor());
            byKey.putIfAbsent(key, new Dependency(key, linkType(link.type()), calendars.days(link.lag())));
        }
        for (String key : links.dependenciesOf(task)) {
            byKey.putIfAbsent(key, Dependency.finishToStart(key));
        }
        return new ArrayList<>(byKey.values());
    }

    private static LinkType linkType(RelationType type) {
        if (type == null) {
            return LinkType.FS;
        }
        return switch (type) {
            case START_START -> LinkType.SS;
            case FINISH_FINISH -> LinkType.FF;
            case START_FINISH -> LinkType.SF;
            default -> LinkType.FS;
        };
    }

    /** What the scheduling tool knows of the task: lengths and float in working days, baseline, constraint. */
    private Schedule schedule(Task task) {
        LocalDate baselineStart = day(task.getBaselineStart());
        LocalDate baselineFinish = day(task.getBaselineFinish());
        boolean baselined = baselineStart != null || baselineFinish != null; // MPXJ reads 0d where none was set
        return new Schedule(daysOrNull(task.getDuration()), baselineStart, baselineFinish,
                baselined ? daysOrNull(task.getBaselineDuration()) : null,
                daysOrNull(task.getTotalSlack()), task.getCritical(), constraint(task.getConstraintType()),
                day(task.getConstraintDate()), day(task.getActualStart()), day(task.getActualFinish()));
    }

    private Double daysOrNull(org.mpxj.Duration duration) {
        return duration == null ? null : WorkCalendars.round(calendars.days(duration));
    }

    private static ConstraintType constraint(org.mpxj.ConstraintType type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case AS_LATE_AS_POSSIBLE -> ConstraintType.ALAP;
            case MUST_START_ON, START_ON -> ConstraintType.MSO;
            case MUST_FINISH_ON, FINISH_ON -> ConstraintType.MFO;
            case START_NO_EARLIER_THAN -> ConstraintType.SNET;
            case START_NO_LATER_THAN -> ConstraintType.SNLT;
            case FINISH_NO_EARLIER_THAN -> ConstraintType.FNET;
            case FINISH_NO_LATER_THAN -> ConstraintType.FNLT;
            default -> ConstraintType.ASAP;
        };
    }

    /** Inactive tasks were cut; 100% or an actual finish is done; any progress or an actual start is under way. */
    private static Status status(Task task) {
        double percent = task.getPercentageComplete() == null ? 0 : task.getPercentageComplete().doubleValue();
        if (!task.getActive()) {
            return Status.DEPRIORITIZED;
        }
        if (percent >= 100 || task.getActualFinish() != null) {
            return Status.DONE;
        }
        return percent > 0 || task.getActualStart() != null ? Status.IN_PROGRESS : Status.TODO;
    }

    private static LocalDate doneOn(Task task) {
        return day(task.getActualFinish() != null ? task.getActualFinish() : task.getFinish());
    }

    /** Project priorities run 0-1000 (500 is medium): 900 and up is top, 600 high, 400 medium, below that low. */
    private static Integer rank(Task task) {
        if (task.getPriority() == null) {
            return null;
        }
        int value = task.getPriority().getValue();
        return value >= 900 ? 1 : value >= 600 ? 2 : value >= 400 ? 3 : 4;
    }

    /** The nearest summary task above: the outcome this task is part of. */
    private static String goalOf(Task task) {
        for (Task parent = task.getParentTask(); parent != null; parent = parent.getParentTask()) {
            if (!isProjectSummary(parent) && !isBlank(parent.getName())) {
                return parent.getName().strip();
            }
        }
        return null;
    }

    /** The team (resource group) all its owners share, if they share one. */
    private static String commonTeam(List<Person> owners) {
        String team = null;
        for (Person owner : owners) {
            if (owner.team() == null || (team != null && !team.equals(owner.team()))) {
                return null;
            }
            team = owner.team();
        }
        return team;
    }

    /** A finish later than the baseline finish is a slip: the due date moved from the baseline to the finish. */
    private java.util.Optional<PlanChange> slip(Task task, WorkItem item, LocalDate asOf) {
        LocalDate baseline = day(task.getBaselineFinish());
        if (baseline == null || item.due() == null || !item.due().isAfter(baseline)) {
            return java.util.Optional.empty();
        }
        LocalDate saved = day(project.getProjectProperties().getLastSaved());
        LocalDate when = asOf != null ? asOf : saved != null ? saved : baseline;
        return java.util.Optional.of(new PlanChange(when, item.key(), ChangeKind.DUE_CHANGED, baseline.toString(),
                item.due().toString(), null, "finish is later than the baseline finish", item.sourceRow()));
    }

    /**
     * The plan's status date (Primavera's data date); else the current date MS Project XML and MPX files are saved
     * with; else the day the file was last saved: a schedule speaks for the day it was last worked on, and judging a
     * years-old file as of today would make every open task years late. Without any of them, today.
     */
    private LocalDate asOf() {
        ProjectProperties properties = project.getProjectProperties();
        if (properties.getStatusDate() != null) {
            return properties.getStatusDate().toLocalDate();
        }
        String type = properties.getFileType() == null ? "" : properties.getFileType();
        if ((type.equals("MSPDI") || type.equals("MPX")) && properties.getCurrentDate() != null) {
            return fallbackAsOf(properties.getCurrentDate().toLocalDate(), "its current date");
        }
        if (properties.getLastSaved() != null) {
            return fallbackAsOf(properties.getLastSaved().toLocalDate(), "the day it was last saved");
        }
        issues.warning(TASKS, 0, null, "the file has no status date: audited as of today, unless the audit is "
                + "given an as-of date");
        return null;
    }

    private LocalDate fallbackAsOf(LocalDate date, String what) {
        issues.warning(TASKS, 0, null, "the file has no status date: audited as of " + what + ", " + date
                + " (an as-of date given to the audit overrides it)");
        return date;
    }

    /** The project's title or name, unless it is a program's placeholder or a file name; else the file's name. */
    private String planName() {
        ProjectProperties properties = project.getProjectProperties();
        for (String candidate : new String[] {properties.getProjectTitle(), properties.getName()}) {
            if (!isBlank(candidate) && !PLACEHOLDER_NAMES.contains(candidate.strip().toLowerCase(java.util.Locale.ROOT))
                    && !candidate.strip().equalsIgnoreCase(fileName) && !candidate.contains(".")) {
                return candidate.strip();
            }
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static void put(Map<String, String> attributes, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            attributes.put(name, value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                    ? String.valueOf(n.longValue()) : value.toString());
        }
    }

    private static LocalDate day(LocalDateTime time) {
        return time == null ? null : time.toLocalDate();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
