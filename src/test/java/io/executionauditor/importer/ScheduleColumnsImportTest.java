package io.executionauditor.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.executionauditor.plan.ConstraintType;
import io.executionauditor.plan.Dependency;
import io.executionauditor.plan.LinkType;
import io.executionauditor.plan.Schedule;
import io.executionauditor.plan.WorkItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional schedule columns of the Items sheet, for plans kept in a spreadsheet by a scheduler. */
class ScheduleColumnsImportTest {
    @TempDir
    Path dir;

    @Test
    void scheduleColumnsFillTheScheduleAndDependsOnCarriesTypesAndLags() throws Exception {
        Path csv = dir.resolve("plan.csv");
        Files.writeString(csv, """
                Key,Title,Start,Due,Duration,Depends on,Baseline start,Baseline finish,Baseline duration,Total float,Critical,Constraint,Constraint date,Actual start
                W-1,Survey,2026-03-02,2026-03-06,5,,2026-03-02,2026-03-06,5,0,yes,,,2026-03-02
                W-2,Permits,2026-03-09,2026-05-29,60d,W-1 SS+2d,2026-03-09,2026-05-15,55,-5,no,must finish on,2026-05-29,
                W-3,Racking,2026-06-01,2026-06-12,80h,W-2 FF W-1,,,,,maybe,sometime,,
                """);

        ImportResult result = new PlanImporter().importPlan(csv);
        WorkItem survey = result.plan().items().get(0);
        WorkItem permits = result.plan().items().get(1);
        WorkItem racking = result.plan().items().get(2);

        assertThat(survey.schedule()).isEqualTo(new Schedule(5.0, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6),
                5.0, 0.0, true, null, null, LocalDate.of(2026, 3, 2), null));
        assertThat(permits.schedule().constraint()).isEqualTo(ConstraintType.MFO);
        assertThat(permits.schedule().totalFloatDays()).isEqualTo(-5.0);
        assertThat(permits.schedule().durationDays()).isEqualTo(60.0);
        assertThat(permits.links()).containsExactly(new Dependency("W-1", LinkType.SS, 2));
        assertThat(permits.dependsOn()).as("a start-to-start link does not order finishes").isEmpty();
        assertThat(racking.schedule().durationDays()).as("80 hours are 10 working days").isEqualTo(10.0);
        assertThat(racking.dependsOn()).containsExactly("W-2", "W-1");
        assertThat(result.report().issues()).extracting(ImportIssue::toString).containsExactly(
                "Items row 4, column Critical: \"maybe\" is not yes or no (left empty)",
                "Items row 4, column Constraint: \"sometime\" is not a constraint (expected ASAP, ALAP, SNET, SNLT, "
                        + "FNET, FNLT, MSO or MFO) (left empty)");
    }

    @Test
    void aPlanWithoutScheduleColumnsHasNoSchedule() throws Exception {
        Path csv = dir.resolve("sprint.csv");
        Files.writeString(csv, "Key,Title,Depends on\nA-1,Login,\nA-2,Logout,A-1\n");

        assertThat(new PlanImporter().importPlan(csv).plan().items()).allSatisfy(item ->
                assertThat(item.schedule()).isNull());
    }
}
