package io.executionauditor.rules.facts;

import io.executionauditor.plan.Health;
import io.executionauditor.plan.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A work item as rules see it: its own fields plus what its updates and changes say, computed once.
 *
 * <ul>
 * <li>{@code team}: the item's team, else the team all its owners share, else {@code ""}.</li>
 * <li>{@code committed}: in a period and neither deprioritized nor removed.</li>
 * <li>{@code due}: the due date in force (the latest move recorded, else the item's Due).</li>
 * <li>{@code overdue}: open and due before the as-of date; {@code daysOverdue} by how much.</li>
 * <li>{@code blocked}: open, and its status or its latest update says blocked.</li>
 * <li>{@code enteredDate}: when it entered the plan (Added, else an "added" change);
 * {@code enteredAfterPeriodStart} when that is after its period's start.</li>
 * <li>{@code firstRiskDate}: the first update saying at risk, off track or blocked; {@code dueAtFirstRisk} the due
 * date in force just before it; {@code riskNoticeDays} the days between them (negative when after due).</li>
 * <li>{@code lastHeardDate}: the latest update, else start, else added; {@code daysSinceHeard} to the as-of date.</li>
 * <li>{@code firstSlipDate}: the first time the due date moved later, from {@code slipFrom} to {@code slipTo}.</li>
 * <li>{@code workByPeriod}: the estimate spread over the periods a scheduled task spans; empty when all of it falls
 * in {@code period}. Load per person and team follows it.</li>
 * </ul>
 * Updates and changes dated after the as-of date are not counted: the audit speaks for that date.
 */
public record ItemFact(String key, String title, String type, String team, String period, Status status,
        boolean open, boolean committed, Integer priority, Double estimate, Double actual, List<String> owners,
        int ownerCount, LocalDate start, LocalDate due, LocalDate done, boolean overdue, Integer daysOverdue,
        boolean blocked, boolean hasSuccessCriteria, boolean hasGoal, LocalDate enteredDate,
        boolean enteredAfterPeriodStart, LocalDate periodStart, LocalDate firstRiskDate, Health firstRiskHealth,
        LocalDate dueAtFirstRisk, Integer riskNoticeDays, LocalDate latestUpdateDate, Health latestHealth,
        LocalDate lastHeardDate, Integer daysSinceHeard, LocalDate firstSlipDate, LocalDate slipFrom,
        LocalDate slipTo, Map<String, Double> workByPeriod) {

    public ItemFact {
        owners = List.copyOf(owners);
        workByPeriod = workByPeriod == null ? Map.of() : workByPeriod;
    }

    /** Where the estimate falls: each period and its part of it. */
    public Map<String, Double> loadByPeriod() {
        if (!workByPeriod.isEmpty()) {
            return workByPeriod;
        }
        return Map.of(period, estimate == null ? 0.0 : estimate);
    }

    /** Days from the as-of date back to when it entered the plan, for date windows without date arithmetic. */
    public Long enteredEpochDay() {
        return enteredDate == null ? null : enteredDate.toEpochDay();
    }
}
