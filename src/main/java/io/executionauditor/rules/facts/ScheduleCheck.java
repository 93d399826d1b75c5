package io.executionauditor.rules.facts;

import io.executionauditor.rules.Evidence;
import java.util.List;

/**
 * One check of the DCMA 14-point assessment, as measured on a plan: the metric, the threshold in force and how it
 * compares ({@code atMost} or at least), the count of offending tasks or links out of the total, and the keys of the
 * offending tasks. A check that cannot be judged on the plan is not applicable and says why.
 */
public record ScheduleCheck(String ruleId, String plan, boolean applicable, String notApplicableBecause,
        double metric, String unit, double threshold, boolean atMost, int count, int total, List<String> keys) {

    public ScheduleCheck {
        keys = List.copyOf(keys == null ? List.of() : keys);
    }

    /** Whether the metric is beyond the threshold, as the pack's rules judge it. */
    public boolean breaks() {
        return applicable && (atMost ? metric > threshold + 1e-9 : metric < threshold - 1e-9);
    }

    /** The metric as a person reads it: a percentage, a count or an index. */
    public String metricText() {
        return format(metric);
    }

    public String thresholdText() {
        return (atMost ? "at most " : "at least ") + format(threshold);
    }

    private String format(double value) {
        if (unit.equals("%")) {
            return String.format(java.util.Locale.ROOT, "%.1f%%", value * 100);
        }
        if (unit.equals("days")) {
            return String.format(java.util.Locale.ROOT, "%.0f working days", value);
        }
        if (value == Math.rint(value)) {
            return String.valueOf((long) value);
        }
        // three places at most, so 0.945 is not shown as the 0.95 it fails to reach
        return new java.math.BigDecimal(value).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    /** The evidence of a broken check: the metric against its threshold, the counts and the offending tasks. */
    public Evidence evidence() {
        return Evidence.of("metric", metricText()).and("threshold", thresholdText()).and("count", count)
                .and("total", total).items(keys);
    }

    public static ScheduleCheck notApplicable(String ruleId, String plan, String because) {
        return new ScheduleCheck(ruleId, plan, false, because, 0, "", 0, true, 0, 0, List.of());
    }
}
