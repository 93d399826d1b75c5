package io.executionauditor.rules.facts;

import io.executionauditor.plan.ChangeKind;
import io.executionauditor.plan.Health;
import io.executionauditor.plan.PlanChange;
import io.executionauditor.plan.StatusUpdate;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What one item's updates and changes say, up to the as-of date: its signals and every move of its due date. */
final class ItemHistory {
    /** One move of the due date; {@code from} is {@code null} when the source did not say what it was before. */
    record DueMove(LocalDate date, LocalDate from, LocalDate to) {
    }

    /** One re-estimate; {@code from} or {@code to} is {@code null} when the source did not say. */
    record EstimateChange(LocalDate date, Double from, Double to) {
    }

    private final List<StatusUpdate> updates = new ArrayList<>();
    private final List<DueMove> dueMoves = new ArrayList<>();
    private final List<EstimateChange> estimateChanges = new ArrayList<>();
    private LocalDate addedOn;

    void add(StatusUpdate update) {
        updates.add(update);
        if (update.newDue() != null) {
            dueMoves.add(new DueMove(update.date(), null, update.newDue()));
        }
    }

    void add(PlanChange change) {
        if (change.kind() == ChangeKind.DUE_CHANGED) {
            LocalDate to = parseDate(change.to());
            if (to != null) {
                dueMoves.add(new DueMove(change.date(), parseDate(change.from()), to));
            }
        } else if (change.kind() == ChangeKind.ESTIMATE_CHANGED) {
            estimateChanges.add(new EstimateChange(change.date(), parseNumber(change.from()), parseNumber(change.to())));
        } else if (change.kind() == ChangeKind.ADDED && (addedOn == null || change.date().isBefore(addedOn))) {
            addedOn = change.date();
        }
    }

    /** Sorts once all updates and changes are in; stable, so same-day entries keep their sheet order. */
    void close() {
        updates.sort(Comparator.comparing(StatusUpdate::date));
        dueMoves.sort(Comparator.comparing(DueMove::date));
        estimateChanges.sort(Comparator.comparing(EstimateChange::date));
    }

    LocalDate addedOn() {
        return addedOn;
    }

    StatusUpdate latestUpdate() {
        return updates.isEmpty() ? null : updates.get(updates.size() - 1);
    }

    StatusUpdate firstRiskSignal() {
        for (StatusUpdate update : updates) {
            if (update.health() != null && update.health().isRiskSignal()) {
                return update;
            }
        }
        return null;
    }

    /** The due date in force now: the latest move, else the item's own Due. */
    LocalDate currentDue(LocalDate itemDue) {
        return dueMoves.isEmpty() ? itemDue : dueMoves.get(dueMoves.size() - 1).to();
    }

    /**
     * The due date before any move: the first move's "from", else the item's Due when it differs from the current
     * one (the sheet kept the original date), else unknown.
     */
    LocalDate originalDue(LocalDate itemDue) {
        if (dueMoves.isEmpty()) {
            return itemDue;
        }
        DueMove first = dueMoves.get(0);
        if (first.from() != null) {
            return first.from();
        }
        return itemDue != null && !itemDue.equals(currentDue(itemDue)) ? itemDue : null;
    }

    /** The due date in force just before {@code day}: moves made on that day or later do not count. */
    LocalDate dueBefore(LocalDate day, LocalDate itemDue) {
        LocalDate due = originalDue(itemDue);
        for (DueMove move : dueMoves) {
            if (!move.date().isBefore(day)) {
                break;
            }
            due = move.to();
        }
        return due != null ? due : itemDue;
    }

    /**
     * The first move of the due date to a later date. A move whose earlier date is unknown is taken as a slip: a
     * status update that announces a new due date almost always announces a later one.
     */
    DueMove firstSlip(LocalDate itemDue) {
        LocalDate before = originalDue(itemDue);
        for (DueMove move : dueMoves) {
            LocalDate from = move.from() != null ? move.from() : before;
            if (from == null || move.to().isAfter(from)) {
                return new DueMove(move.date(), from, move.to());
            }
            before = move.to();
        }
        return null;
    }

    /**
     * The estimate in force at the end of {@code day}: the "from" of the first re-estimate made after that day,
     * else (when that "from" is unknown) the "to" of the last re-estimate made on or before it, else
     * {@code current}, the item's estimate now.
     */
    Double estimateOn(LocalDate day, Double current) {
        if (day == null) {
            return current;
        }
        Double before = null;
        for (EstimateChange change : estimateChanges) {
            if (change.date().isAfter(day)) {
                if (change.from() != null) {
                    return change.from();
                }
                return before != null ? before : current;
            }
            if (change.to() != null) {
                before = change.to();
            }
        }
        return current;
    }

    static Health healthOf(StatusUpdate update) {
        return update == null ? null : update.health();
    }

    private static Double parseNumber(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException notIso) {
            return null;
        }
    }
}
