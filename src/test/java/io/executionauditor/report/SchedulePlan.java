package io.executionauditor.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A schedule as a scheduling tool exports it, written as Plan.csv and Items.csv with the optional schedule columns:
 * 25 one-week tasks in a chain of finish-to-start links (T-08 waits on T-07 SS+2d, T-12 on T-11 with a one-day
 * lead), durations, baselines, float and criticality, four tasks done and one in progress as of 2026-03-16. It is
 * built so each check lands on one side of its DCMA threshold, see {@link #RESULTS}.
 */
public final class SchedulePlan {
    public static final LocalDate AS_OF = LocalDate.of(2026, 3, 16);
    public static final String NAME = "Warehouse move";

    /**
     * What the fourteen checks make of the plan, in the assessment's order. Missing logic: only the last task has
     * no successor (1 of 21 incomplete). Leads: T-12's. Lags and types: T-08's SS+2d is 1 of 24 links. No
     * constraints recorded. Float: T-20 has 50 days (1 of 21), T-06 is 2 days late. Duration: T-10 takes 60 days
     * (1 of 21). Missed: T-03 finished after its baseline and T-05 is not finished (2 of the 5 due). The chain
     * carries a delay to the finish; the baseline finish is a week after the forecast; 4 of 5 due tasks are done.
     */
    public static final Map<String, String> RESULTS = results();

    private SchedulePlan() {
    }

    private static Map<String, String> results() {
        Map<String, String> results = new LinkedHashMap<>();
        results.put("schedule.missing-logic", "passes");
        results.put("schedule.leads", "breaks");
        results.put("schedule.lags", "passes");
        results.put("schedule.relationship-types", "passes");
        results.put("schedule.hard-constraints", "not applicable");
        results.put("schedule.high-float", "passes");
        results.put("schedule.negative-float", "breaks");
        results.put("schedule.high-duration", "passes");
        results.put("schedule.invalid-dates", "passes");
        results.put("schedule.no-resources", "passes");
        results.put("schedule.missed-tasks", "breaks");
        results.put("schedule.critical-path-test", "passes");
        results.put("schedule.cpli", "passes");
        results.put("schedule.bei", "breaks");
        return java.util.Collections.unmodifiableMap(results);
    }

    /** Writes the plan into {@code dir} (a folder plan) and returns it. */
    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("Plan.csv"), "Field,Value\nName," + NAME + "\nAs of," + AS_OF
                + "\nEstimate unit,days\n");
        Files.writeString(dir.resolve("Items.csv"), items());
        return dir;
    }

    /** The Items sheet as CSV. */
    public static String items() {
        StringBuilder csv = new StringBuilder("Key,Title,Owner,Status,Estimate,Start,Due,Done,Depends on,Duration,"
                + "Baseline start,Baseline finish,Baseline duration,Total float,Critical,Actual start\n");
        String[] owners = {"Ana", "Ben", "Cy"};
        for (int k = 1; k <= 25; k++) {
            LocalDate start = k <= 5 ? LocalDate.of(2026, 2, 9).plusWeeks(k - 1) : AS_OF.plusWeeks(k - 6);
            LocalDate due = start.plusDays(4);
            LocalDate baselineFinish = k == 25 ? LocalDate.of(2026, 8, 7) : due;
            String status = k <= 4 ? "Done" : k == 5 ? "In progress" : "To do";
            LocalDate done = k == 3 ? LocalDate.of(2026, 3, 2) : k <= 4 ? due : null;
            if (k == 5) {
                due = LocalDate.of(2026, 3, 18);
            }
            String dependsOn = k == 1 ? "" : k == 8 ? "T-07 SS+2d" : k == 12 ? "T-11 FS-1d" : key(k - 1);
            int duration = k == 10 ? 60 : 5;
            int totalFloat = k == 6 ? -2 : k == 20 ? 50 : 0;
            csv.append(String.join(",", key(k), "Task " + k, owners[k % 3], status, String.valueOf(duration),
                    start.toString(), due.toString(), text(done), dependsOn, String.valueOf(duration),
                    start.toString(), baselineFinish.toString(), String.valueOf(duration), String.valueOf(totalFloat),
                    k == 20 ? "no" : "yes", k <= 5 ? start.toString() : "")).append('\n');
        }
        return csv.toString();
    }

    private static String key(int number) {
        return String.format("T-%02d", number);
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
