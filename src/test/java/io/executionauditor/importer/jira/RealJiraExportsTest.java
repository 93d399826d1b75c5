package io.executionauditor.importer.jira;

import static org.assertj.core.api.Assertions.assertThat;

import io.executionauditor.audit.Audit;
import io.executionauditor.audit.Auditor;
import io.executionauditor.importer.ImportIssue;
import io.executionauditor.importer.ImportResult;
import io.executionauditor.importer.PlanImporter;
import io.executionauditor.importer.SheetCounts;
import io.executionauditor.plan.EstimateUnit;
import io.executionauditor.plan.Period;
import io.executionauditor.plan.Plan;
import io.executionauditor.plan.Status;
import io.executionauditor.plan.WorkItem;
import io.executionauditor.rules.Finding;
import io.executionauditor.rules.RuleSet;
import io.executionauditor.rules.RuleSetLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The two real exports in {@code src/test/resources/realdata/jira} (see its README): every count below was taken by
 * reading the file with Python's csv module, not from the importer.
 */
class RealJiraExportsTest {
    static final Path DIR = Path.of("src/test/resources/realdata/jira");
    static RuleSet rules;

    @BeforeAll
    static void loadRules() throws Exception {
        rules = new RuleSetLoader().load(Path.of("rules"));
    }

    static WorkItem item(Plan plan, String key) {
        return plan.items().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }

    static Map<String, Long> countBy(Plan plan, Function<WorkItem, String> by) {
        return plan.items().stream().collect(Collectors.groupingBy(by, Collectors.counting()));
    }

    /** One export, imported once per test. */
    abstract static class Export {
        final ImportResult result;
        final Plan plan;

        Export(Path file) throws Exception {
            result = new PlanImporter().importPlan(file);
            plan = result.plan();
        }
    }

    /** Jira Cloud, all fields, Spanish: 106 issues (35 stories, 70 sub-tasks, 1 epic). */
    @Nested
    class SpanishCloudExport extends Export {
        static final Path FILE = DIR.resolve("fleetbase-lipu-jira-es.csv");

        SpanishCloudExport() throws Exception {
            super(FILE);
        }

        @Test
        void everyIssueIsReadAndTheEpicIsSkippedSayingWhy() {
            assertThat(result.report().sheets()).containsExactly(new SheetCounts("Jira export", 106, 105, 1));
            assertThat(countBy(plan, WorkItem::type)).containsExactlyInAnyOrderEntriesOf(Map.of("Historia", 35L,
                    "Subtarea", 70L));
            assertThat(result.report().issues()).extracting(ImportIssue::toString).containsExactly(
                    "Jira export row 106, column Tipo de Incidencia: LIPU-2 (Epic) groups work rather than "
                            + "being work, so it is not audited as an item; its summary is the goal of the issues "
                            + "under it",
                    "Jira export column Campo personalizado (Story Points): 70 sub-tasks have no story points of "
                            + "their own: Jira counts a sub-task's work in its story's points, so each is read as 0 "
                            + "points, not as a missing estimate",
                    "Jira export: the export does not say when it was made: the plan is audited as of 2025-11-10, "
                            + "the last day an issue was updated (Actualizada); give another date with --as-of (or "
                            + "the upload's as-of date)");
            assertThat(plan.asOf()).isEqualTo(LocalDate.of(2025, 11, 10));
        }

        @Test
        void theAssigneeIsTheSingleOwnerAndUnassignedIssuesHaveNone() {
            Map<String, Long> byOwner = plan.items().stream().filter(i -> !i.owners().isEmpty())
                    .collect(Collectors.groupingBy(i -> i.owners().get(0), Collectors.counting()));

            assertThat(plan.items()).allSatisfy(i -> assertThat(i.owners()).hasSizeLessThanOrEqualTo(1));
            assertThat(byOwner).hasSize(12).containsEntry("Ezequiel Farid Sali", 13L)
                    .containsEntry("Roddy Steeven Zamora Rodriguez", 12L).containsEntry("Nahuel Martinez", 10L)
                    .containsEntry("Salvador Gamboa", 7L).containsEntry("José Ignacio Perez", 2L)
                    .containsEntry("Harold Maussa Rivas", 1L);
            assertThat(plan.items().stream().filter(i -> i.owners().isEmpty())).hasSize(34);
        }

        @Test
        void spanishStatusesAreReadWithoutErrors() {
            assertThat(countBy(plan, i -> i.status().id())).containsExactlyInAnyOrderEntriesOf(Map.of("todo", 92L,
                    "in_progress", 13L));
            assertThat(item(plan, "LIPU-4").status()).isEqualTo(Status.IN_PROGRESS);
        }

        @Test
        void sprintsArePeriodsInTheirOrder() {
            assertThat(plan.periods()).extracting(Period::name).containsExactly("Sprint 1", "Sprint 2", "Sprint 3");
            assertThat(countBy(plan, WorkItem::period)).containsExactlyInAnyOrderEntriesOf(Map.of("Sprint 1", 82L,
                    "Sprint 2", 12L, "Sprint 3", 11L));
            assertThat(plan.changes()).as("each issue is in one sprint: nothing carried over").isEmpty();
        }

        @Test
        void theBlocksLinkIsTheOnlyDependency() {
            assertThat(item(plan, "LIPU-16").dependsOn()).containsExactly("LIPU-4");
            assertThat(plan.items().stream().mapToInt(i -> i.dependsOn().size()).sum()).isOne();
        }

        @Test
        void spanishDatesKeepTheirYearAndMonth() {
            assertThat(item(plan, "LIPU-144").added()).isEqualTo(LocalDate.of(2025, 11, 10));
            assertThat(item(plan, "LIPU-1").added()).isEqualTo(LocalDate.of(2025, 10, 14));
            assertThat(item(plan, "LIPU-64").added()).isEqualTo(LocalDate.of(2025, 10, 29));
            assertThat(item(plan, "LIPU-144").sourceRow()).isEqualTo(2);
            assertThat(item(plan, "LIPU-1").sourceRow()).isEqualTo(107);
        }

        @Test
        void theEpicOrTheParentsSummaryIsTheGoal() {
            assertThat(item(plan, "LIPU-1").goal()).isEqualTo("Preparación de Infraestructura y Ambientes");
            assertThat(item(plan, "LIPU-16").goal()).as("epic outside the export: its summary")
                    .isEqualTo("Gestión de Clientes");
            assertThat(item(plan, "LIPU-144").goal()).as("a sub-task serves its story's goal")
                    .isEqualTo("Gestión de Clientes");
            assertThat(plan.items()).allSatisfy(i -> assertThat(i.goal()).isNotBlank());
        }

        @Test
        void storyPointsMakeTheUnitThoughNoneIsFilledIn() {
            assertThat(plan.estimateUnit()).isEqualTo(EstimateUnit.POINTS);
            assertThat(plan.items()).filteredOn(i -> i.type().equals("Historia"))
                    .allSatisfy(i -> assertThat(i.estimate()).isNull());
            assertThat(plan.items()).filteredOn(i -> i.type().equals("Subtarea"))
                    .allSatisfy(i -> assertThat(i.estimate()).as("counted in its story").isZero());
        }

        @Test
        void acceptanceCriteriaWrittenInTheDescriptionCountAndSubTasksShareTheirStorys() {
            assertThat(plan.items()).filteredOn(i -> i.type().equals("Historia"))
                    .filteredOn(i -> i.successCriteria() != null).hasSize(23);
            assertThat(item(plan, "LIPU-1").successCriteria()).startsWith("Criterios de aceptación");
            assertThat(item(plan, "LIPU-134").successCriteria()).isEqualTo(item(plan, "LIPU-4").successCriteria())
                    .startsWith("Criterios de aceptación");
            assertThat(plan.items()).filteredOn(i -> i.successCriteria() != null).hasSize(23 + 54);
        }

        @Test
        void theAuditFindsWhatAManagerWouldRecognise() throws Exception {
            Audit audit = new Auditor().audit(FILE, null, rules);

            Map<String, Long> byRule = audit.findings().stream()
                    .collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting()));
            assertThat(audit.asOf()).isEqualTo(LocalDate.of(2025, 11, 10));
            assertThat(byRule).containsEntry("ownership.no-owner", 34L).containsEntry("optimism.missing-estimate", 35L)
                    .containsEntry("alignment.no-success-criteria", 28L)
                    .containsEntry("overcommitment.too-much-wip", 1L).containsEntry("communication.stale-status", 4L)
                    .doesNotContainKey("alignment.no-goal").doesNotContainKey("ownership.shared-owner");
            assertThat(audit.findings()).filteredOn(f -> f.ruleId().equals("overcommitment.too-much-wip"))
                    .extracting(f -> f.subject().id()).containsExactly("Salvador Gamboa");
            assertThat(audit.findings()).filteredOn(f -> f.ruleId().equals("communication.stale-status"))
                    .extracting(f -> f.subject().id())
                    .containsExactlyInAnyOrder("LIPU-64", "LIPU-65", "LIPU-66", "LIPU-67");
        }
    }

    /** DevLake's table of 30 Jira issues: its own column names, minutes, all resolved. */
    @Nested
    class DevLakeTable extends Export {
        static final Path FILE = DIR.resolve("devlake-jira-issues.csv");

        DevLakeTable() throws Exception {
            super(FILE);
        }

        @Test
        void issueKeysNotDevLakeIdsAreTheKeys() {
            assertThat(result.report().sheets()).containsExactly(new SheetCounts("DevLake issues", 30, 30, 0));
            assertThat(plan.items()).extracting(WorkItem::key).startsWith("EE-1", "EE-2", "EE-3");
            assertThat(item(plan, "EE-1").title()).isEqualTo("四个排序图：测试/注释覆盖度、复用度、模块性");
        }

        @Test
        void assigneeNamesAreTheOwners() {
            Map<String, Long> byOwner = plan.items().stream()
                    .collect(Collectors.groupingBy(i -> String.join(",", i.owners()), Collectors.counting()));

            assertThat(byOwner).containsExactlyInAnyOrderEntriesOf(Map.of("Dingding Zhang", 11L, "yuxiang", 8L,
                    "yanghui", 6L, "chao.cheng", 2L, "lin.hao", 2L, "Gerile Tu", 1L));
        }

        @Test
        void everyIssueIsDoneOnItsResolutionDate() {
            assertThat(plan.items()).allSatisfy(i -> assertThat(i.status()).isEqualTo(Status.DONE));
            assertThat(item(plan, "EE-1").added()).isEqualTo(LocalDate.of(2020, 6, 12));
            assertThat(item(plan, "EE-1").done()).isEqualTo(LocalDate.of(2020, 6, 19));
        }

        @Test
        void minutesBecomeHoursAndStoryPointsAreSetAside() {
            assertThat(plan.estimateUnit()).isEqualTo(EstimateUnit.HOURS);
            assertThat(plan.items().stream().filter(i -> i.estimate() != null)).hasSize(13);
            assertThat(plan.items().stream().filter(i -> i.actual() != null)).hasSize(5);
            assertThat(plan.items()).extracting(WorkItem::estimate).contains(4.0, 6.0, 28.0);
            assertThat(result.report().issues()).extracting(ImportIssue::message).anySatisfy(m -> assertThat(m)
                    .isEqualTo("1 issue also carries story points (story_point): not used, the plan's estimates "
                            + "are hours from original_estimate_minutes"));
        }

        @Test
        void theAuditRuns() throws Exception {
            Audit audit = new Auditor().audit(FILE, null, rules);

            assertThat(audit.plan().periods()).extracting(Period::name).containsExactly("Whole plan");
            assertThat(audit.findings()).extracting(Finding::ruleId)
                    .containsExactly("optimism.chronic-underestimation");
        }
    }
}
