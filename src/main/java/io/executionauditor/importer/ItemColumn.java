package io.executionauditor.importer;

import io.executionauditor.plan.Priority;
import io.executionauditor.plan.Status;
import java.util.List;

/** Columns of the Items sheet; other columns are kept as item attributes. */
public enum ItemColumn implements Column {
    KEY("Key", ValueKind.TEXT, true, "A unique key for the item.", "", "ID", "Issue key"),
    TITLE("Title", ValueKind.TEXT, false, "What the work is.", "", "Summary", "Name"),
    TYPE("Type", ValueKind.TEXT, false, "Epic, story, task, bug...", "", "Issue type", "Kind"),
    OWNER("Owner", ValueKind.NAMES, false, "Who owns the item; several names are separated by , ; / & + or and.",
            "", "Owners", "Assignee", "Assigned to", "Responsible"),
    TEAM("Team", ValueKind.TEXT, false, "The team that owns the item.", ""),
    STATUS("Status", ValueKind.STATUS, false, "Where the item stands; empty means todo.", Status.accepted()),
    PRIORITY("Priority", ValueKind.PRIORITY, false, "How important the item is.", Priority.accepted()),
    ESTIMATE("Estimate", ValueKind.NUMBER, false, "Expected effort, in the plan's estimate unit.", "",
            "Story points", "Points", "Effort", "Hours"),
    ACTUAL("Actual", ValueKind.NUMBER, false, "Effort spent so far, in the plan's estimate unit.", "",
            "Time spent", "Spent"),
    PERIOD("Period", ValueKind.TEXT, false,
            "The period the item is committed to, named as in the Periods sheet; empty means not committed.", "",
            "Sprint", "Iteration"),
    START("Start", ValueKind.DATE, false, "When work starts or started.", ""),
    DUE("Due", ValueKind.DATE, false, "When the item is due.", "", "Due date", "Deadline", "Target date",
            "Finish"),
    ADDED("Added", ValueKind.DATE, false, "When the item entered the plan.", "", "Created", "Added on"),
    DONE("Done", ValueKind.DATE, false, "When the item was finished.", "", "Resolved", "Completed", "Done on"),
    DEPENDS_ON("Depends on", ValueKind.KEYS, false,
            "Keys of the items this one waits for, separated by , ; or spaces; a key may carry a link type and lag "
                    + "(PLAT-3 SS+2d: starts two working days after PLAT-3 starts; FS is the default).", "",
            "Blocked by", "Dependencies",
            "Predecessors"),
    SUCCESS_CRITERIA("Success criteria", ValueKind.TEXT, false, "How everyone will know the item is done.", "",
            "Definition of done", "Acceptance criteria"),
    GOAL("Goal", ValueKind.TEXT, false, "The goal the item serves.", "", "Objective", "OKR", "Epic"),
    LABELS("Labels", ValueKind.LIST, false, "Labels, separated by , or ;.", ""),
    DURATION("Duration", ValueKind.NUMBER, false, "Planned length in working days (schedules only).", ""),
    ACTUAL_START("Actual start", ValueKind.DATE, false, "When work really started (schedules only).", ""),
    BASELINE_START("Baseline start", ValueKind.DATE, false, "The start agreed in the baseline.", ""),
    BASELINE_FINISH("Baseline finish", ValueKind.DATE, false, "The finish agreed in the baseline.", "",
            "Baseline due", "Baseline end"),
    BASELINE_DURATION("Baseline duration", ValueKind.NUMBER, false,
            "The length agreed in the baseline, in working days.", ""),
    TOTAL_FLOAT("Total float", ValueKind.NUMBER, false,
            "Working days the item can slip without moving the plan's finish (negative: already late).", "",
            "Float", "Total slack", "Slack"),
    CRITICAL("Critical", ValueKind.TEXT, false, "Yes when the item is on the critical path.", "yes, no"),
    CONSTRAINT("Constraint", ValueKind.TEXT, false, "A date constraint on the item.",
            "ASAP, ALAP, SNET, SNLT, FNET, FNLT, MSO, MFO or their names (must finish on...)", "Constraint type"),
    CONSTRAINT_DATE("Constraint date", ValueKind.DATE, false, "The date the constraint names.", "");

    private final ColumnSpec spec;

    ItemColumn(String header, ValueKind kind, boolean required, String meaning, String accepted, String... synonyms) {
        this.spec = new ColumnSpec(header, kind, required, meaning, accepted, List.of(synonyms));
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }
}
