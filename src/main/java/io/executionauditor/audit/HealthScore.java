package io.executionauditor.audit;

import io.executionauditor.rules.Finding;
import io.executionauditor.rules.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The plan's execution health, 0 to 100, explainable in one sentence:
 *
 * <pre>
 *   penalty  = 10 per critical + 3 per warning + 1 per info finding
 *   allowance = 3 per item and per person in the plan (at least 3)
 *   score    = round(100 * allowance / (allowance + penalty))
 * </pre>
 *
 * A plan with no findings scores 100; a plan with, on average, one warning per item and person scores 50. Dividing
 * by the plan's size means a big plan is not punished for being big.
 */
public record HealthScore(int score, int penalty, int allowance, Map<Severity, Integer> counts) {
    public static final Map<Severity, Integer> WEIGHTS = Map.of(Severity.CRITICAL, 10, Severity.WARNING, 3,
            Severity.INFO, 1);
    public static final int POINTS_PER_SUBJECT = 3;
    public static final String FORMULA = "score = round(100 x allowance / (allowance + penalty)); penalty = 10 per"
            + " critical + 3 per warning + 1 per info finding; allowance = 3 per item and per person";

    public HealthScore {
        counts = Map.copyOf(counts);
    }

    public static HealthScore of(List<Finding> findings, int items, int people) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        int penalty = 0;
        for (Finding finding : findings) {
            counts.merge(finding.severity(), 1, Integer::sum);
            penalty += WEIGHTS.get(finding.severity());
        }
        int allowance = Math.max(POINTS_PER_SUBJECT, POINTS_PER_SUBJECT * (items + people));
        int score = (int) Math.round(100.0 * allowance / (allowance + penalty));
        return new HealthScore(score, penalty, allowance, counts);
    }

    /** How the score was computed, in words a manager can check. */
    public String explanation() {
        return "score = 100 x " + allowance + " / (" + allowance + " + " + penalty + "): penalty " + penalty + " = 10 x "
                + counts.get(Severity.CRITICAL) + " critical + 3 x " + counts.get(Severity.WARNING) + " warning + 1 x "
                + counts.get(Severity.INFO) + " info; allowance " + allowance + " = 3 per item and person";
    }

    /** A word for the score: healthy (80+), at risk (50-79), unhealthy (below 50). */
    public String verdict() {
        return score >= 80 ? "healthy" : score >= 50 ? "at risk" : "unhealthy";
    }
}
