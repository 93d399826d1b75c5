package io.executionauditor.importer.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.executionauditor.importer.ImportIssue;
import io.executionauditor.importer.ImportResult;
import io.executionauditor.importer.PlanImporter;
import io.executionauditor.importer.SheetCounts;
import io.executionauditor.importer.UnreadableInputException;
import io.executionauditor.plan.Period;
import io.executionauditor.plan.Person;
import io.executionauditor.plan.Plan;
import io.executionauditor.plan.Status;
import io.executionauditor.plan.WorkItem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real project files (MS Project, MPX, MSPDI, GanttProject, Planner, Primavera), each read through MPXJ and checked
 * against what the file itself holds: its tasks, resources, assignments and links.
 */
class ProjectFileImportTest {
    @TempDir
    Path temp;

    static Path realFile(String name) {
        try {
            return Path.of(ProjectFileImportTest.class.getResource("/realdata/project/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ImportResult read(String name) throws UnreadableInputException {
        return new PlanImporter().importPlan(realFile(name));
    }

    static WorkItem titled(Plan plan, String title) {
        return plan.items().stream().filter(i -> title.equals(i.title())).findFirst().orElseThrow(
                () -> new AssertionError("no item titled " + title + " in " + plan.items()));
    }

    static SheetCounts counts(ImportResult result, String sheet) {
        return result.report().sheets().stream().filter(c -> c.sheet().equals(sheet)).findFirst().orElseThrow();
    }

    static List<String> titlesOf(Plan plan, List<String> keys) {
        Map<String, String> titles = plan.items().stream().collect(Collectors.toMap(WorkItem::key, WorkItem::title));
        return keys.stream().map(titles::get).toList();
    }

    static long totalLinks(Plan plan) {
        return plan.items().stream().mapToLong(i -> i.dependsOn().size()).sum();
    }

    @Test
    void ganttProjectPhasesBecomeGoalsMilestonesAreNotWorkAndNestedLinksAreAllRead() throws Exception {
        ImportResult result = read("HouseBuildingSample.gan");
        Plan plan = result.plan();

        // 20 tasks: 4 phases (summaries) and 4 milestones are not work items
        assertThat(counts(result, "Tasks")).isEqualTo(new SheetCounts("Tasks", 20, 12, 8));
        assertThat(plan.people()).as("in the file's order").extracting(Person::name).containsExactly("Jack House",
                "John Black",
                "Michelangelo", "Tom White", "Peter Green", "George Brown", "John Silver");
        // all 17 <depend> links, though MPXJ alone returns only the top-level tasks' 3
        assertThat(counts(result, "Links").read()).isEqualTo(17);

        WorkItem documents = titled(plan, "Prepare construction documents");
        assertThat(titlesOf(plan, documents.dependsOn())).containsExactly("Create draft of architecture");
        assertThat(documents.goal()).isEqualTo("Architectural design");
        // Foundation building waits for the agreement milestone, which waits for the construction documents
        assertThat(titlesOf(plan, titled(plan, "Foundation building").dependsOn()))
                .contains("Prepare construction documents");
        // 30 allocations, 10 tasks with two or more people (GanttProject's own data)
        assertThat(plan.items().stream().mapToInt(i -> i.owners().size()).sum()).isEqualTo(30);
        assertThat(plan.items().stream().filter(i -> i.owners().size() >= 2)).hasSize(10);
        assertThat(titled(plan, "Create draft of architecture").status()).isEqualTo(Status.DONE);
        assertThat(plan.periods()).extracting(Period::name).startsWith("2024-05", "2024-06");
    }

    @Test
    void aFlatGanttPlanWithNoResourcesHasOnlyOwnerlessWork() throws Exception {
        ImportResult result = read("uwb-beacon-planning.gan");
        Plan plan = result.plan();

        assertThat(plan.name()).isEqualTo("Development of an ultra-wide band indoor positioning system");
        assertThat(counts(result, "Tasks")).isEqualTo(new SheetCounts("Tasks", 18, 15, 3));
        assertThat(plan.people()).isEmpty();
        assertThat(plan.items()).allSatisfy(item -> assertThat(item.owners()).isEmpty());
        assertThat(counts(result, "Links").read()).isEqualTo(9);
        assertThat(plan.items().stream().filter(i -> i.status() != Status.TODO)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(result.report().issues()).extracting(ImportIssue::message)
                .anySatisfy(m -> assertThat(m).contains("3 skipped: milestones"));
    }

    @Test
    void peopleAssignedToAGanttPhaseOwnThatPhaseAsWork() throws Exception {
        ImportResult result = read("floppy-bird-planning.gan");
        Plan plan = result.plan();

        assertThat(counts(result, "Tasks").read()).isEqualTo(48);
        assertThat(plan.people()).hasSize(5);
        assertThat(plan.items().stream().mapToInt(i -> i.owners().size()).sum()).isEqualTo(25);
        assertThat(plan.items().stream().filter(i -> i.owners().size() >= 2)).hasSize(8);
        assertThat(plan.items().stream().filter(i -> i.owners().isEmpty())).hasSize(32);
        assertThat(totalLinks(plan)).isZero();
        assertThat(result.report().issues()).extracting(ImportIssue::message)
                .anySatisfy(m -> assertThat(m).contains("summary tasks have people assigned to them"));
    }

    @Test
    void msProjectPlanGivesOwnersWorkFinishLinksAndTheDayItWasSavedAsItsDate() throws Exception {
        ImportResult result = read("bug1.mpp");
        Plan plan = result.plan();

        assertThat(plan.name()).isEqualTo("MyProject");
        assertThat(counts(result, "Tasks")).isEqualTo(new SheetCounts("Tasks", 12, 10, 2));
        assertThat(plan.people()).extracting(Person::name).containsExactlyInAnyOrder("ap", "sajal");
        assertThat(plan.items().stream().filter(i -> !i.owners().isEmpty())).hasSize(6);
        assertThat(plan.items().stream().filter(i -> i.owners().isEmpty())).hasSize(4);
        assertThat(counts(result, "Links").read()).isEqualTo(9);
        assertThat(plan.asOf()).isEqualTo(LocalDate.of(2003, 3, 28));
        WorkItem design = titled(plan, "Designing of SystemAdmin Module");
        assertThat(design.estimate()).isEqualTo(24.0);
        assertThat(design.goal()).isEqualTo("Design");
        assertThat(design.due()).isEqualTo(LocalDate.of(2003, 2, 5));
        assertThat(plan.estimateUnit().id()).isEqualTo("hours");
    }

    @Test
    void onlyFinishOrderingLinksBecomeDependencies() throws Exception {
        ImportResult result = read("mpp12relations.mpp");

        // one link of each type: FS and FF order finishes, SS and SF do not
        assertThat(counts(result, "Links")).isEqualTo(new SheetCounts("Links", 4, 2, 2));
        assertThat(totalLinks(result.plan())).isEqualTo(2);
    }

    @Test
    void theSamePlanReadsAlikeFromMppMpxAndProjectXml() throws Exception {
        for (String file : List.of("sample.mpp", "sample.xml", "sample.mpx")) {
            Plan plan = read(file).plan();
            assertThat(plan.people()).as(file).extracting(Person::name)
                    .containsExactlyInAnyOrder("First Resource", "Second Resource");
            WorkItem second = titled(plan, "Second Task");
            assertThat(second.owners()).as(file).containsExactlyInAnyOrder("First Resource", "Second Resource");
            assertThat(plan.items()).as(file).extracting(WorkItem::title).doesNotContain("Third task", "First Task");
        }
        assertThat(read("sample.mpx").plan().asOf()).isEqualTo(LocalDate.of(2003, 1, 15));
        assertThat(read("sample.xml").plan().asOf()).isEqualTo(LocalDate.of(2003, 2, 19));
    }

    @Test
    void tenResourcesOnOneTaskAreTenOwners() throws Exception {
        Plan plan = read("assigned-resources-mpp14-project2013.mpp").plan();

        assertThat(plan.items()).singleElement().satisfies(item -> {
            assertThat(item.owners()).hasSize(10);
            assertThat(item.estimate()).isEqualTo(80.0);
        });
    }

    @Test
    void plannerTasksWithBothPeopleAndLinksOfEveryType() throws Exception {
        ImportResult result = read("project1.planner");
        Plan plan = result.plan();

        assertThat(counts(result, "Tasks").read()).isEqualTo(30);
        assertThat(plan.people()).hasSize(2);
        assertThat(plan.items().stream().mapToInt(i -> i.owners().size()).sum()).isEqualTo(9);
        assertThat(plan.items().stream().filter(i -> i.owners().size() == 2)).hasSize(3);
        assertThat(counts(result, "Links").read()).isEqualTo(5);
    }

    @Test
    void primaveraDataDateIsTheAsOfDateAndPercentCompleteGivesStatus() throws Exception {
        Plan plan = read("percent-complete-8.4.pmxml").plan();

        assertThat(plan.asOf()).isEqualTo(LocalDate.of(2015, 2, 24));
        assertThat(plan.items()).hasSize(12);
        Function<String, Status> status = title -> titled(plan, title).status();
        assertThat(status.apply("Duration 0%")).isEqualTo(Status.TODO);
        assertThat(status.apply("Duration 25%")).isEqualTo(Status.IN_PROGRESS);
        assertThat(status.apply("Duration 100%")).isEqualTo(Status.DONE);
        assertThat(plan.items()).extracting(WorkItem::key).contains("A1000", "A1010");
    }

    @Test
    void aPrimaveraRoleIsNotAnOwner() throws Exception {
        ImportResult result = read("resource-rates-test.xer");

        assertThat(result.plan().people()).extracting(Person::name).containsExactly("Resource 1");
        assertThat(result.plan().asOf()).isEqualTo(LocalDate.of(2022, 8, 22));
        assertThat(result.plan().items()).singleElement()
                .satisfies(item -> assertThat(item.owners()).containsExactly("Resource 1"));
        assertThat(result.report().issues()).extracting(ImportIssue::message)
                .anySatisfy(m -> assertThat(m).contains("roles skipped"));
    }

    @Test
    void capacityComesFromTheCalendarAndALongTaskLoadsEveryMonthItSpans() throws Exception {
        Plan plan = read("HouseBuildingSample.gan").plan();

        // an 8-hour weekday calendar: June 2024 has 20 working days
        Person silver = plan.people().stream().filter(p -> p.name().equals("John Silver")).findFirst().orElseThrow();
        assertThat(silver.capacityIn("2024-06")).isEqualTo(160.0);
        assertThat(silver.capacityIn("2024-07")).isEqualTo(184.0);
        WorkItem longest = plan.items().stream().filter(i -> i.workByPeriod().size() > 1).findFirst().orElseThrow();
        assertThat(longest.workByPeriod().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(longest.estimate(), org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void weeksCutThePlanIntoIsoWeeks() throws Exception {
        Plan plan = new PlanImporter().importPlan(realFile("bug1.mpp"), "bug1.mpp", PeriodGrain.WEEKS).plan();

        assertThat(plan.periods()).extracting(Period::name).startsWith("2003-W06", "2003-W07");
        assertThat(plan.periods().get(0).start()).isEqualTo(LocalDate.of(2003, 2, 3));
    }

    @Test
    void aDamagedProjectFileIsOneClearError() throws IOException {
        byte[] whole = Files.readAllBytes(realFile("bug1.mpp"));
        Path truncated = temp.resolve("upload-1");
        Files.write(truncated, Arrays.copyOf(whole, 4096));

        assertThatThrownBy(() -> new PlanImporter().importPlan(truncated, "plan.mpp"))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("plan.mpp ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    /** TurboProject's reader loops over a record count the file gives: two billion empty records took 20 s. */
    @Test
    void aFormatMpxjKnowsButTheAuditorDoesNotReadIsNamedAndRefused() throws IOException {
        byte[] pep = new byte[2048];
        byte[] signature = "dWBSTAB".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(signature, 0, pep, 0, signature.length);
        Path file = temp.resolve("upload-2");
        Files.write(file, pep);

        assertThatThrownBy(() -> new PlanImporter().importPlan(file, "plan.pep"))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("plan.pep looks like a TurboProject project file, a format the auditor does "
                        + "not read (expected MS Project (.mpp, .xml, .mpx), Primavera");
    }

    @Test
    void aFinishLaterThanTheBaselineIsASlipTheAuditCallsSilent() throws Exception {
        String xml = Files.readString(realFile("sample.xml"));
        int second = xml.indexOf("<Name>Second Task</Name>");
        int end = xml.indexOf("</Task>", second);
        Path baselined = temp.resolve("baselined.xml");
        Files.writeString(baselined, xml.substring(0, end) + "<Baseline><Number>0</Number>"
                + "<Start>2003-01-07T08:00:00</Start><Finish>2003-02-14T17:00:00</Finish></Baseline>"
                + xml.substring(end));

        Plan plan = new PlanImporter().importPlan(baselined).plan();
        String key = titled(plan, "Second Task").key();

        assertThat(plan.changes()).singleElement().satisfies(change -> {
            assertThat(change.itemKey()).isEqualTo(key);
            assertThat(change.kind()).isEqualTo(io.executionauditor.plan.ChangeKind.DUE_CHANGED);
            assertThat(change.from()).isEqualTo("2003-02-14");
            assertThat(change.to()).isEqualTo("2003-03-18");
        });
        io.executionauditor.audit.Audit audit = new io.executionauditor.audit.Auditor().audit(baselined, null,
                new io.executionauditor.rules.RuleSetLoader().load(Path.of("rules")));
        assertThat(audit.findings()).anySatisfy(finding -> {
            assertThat(finding.ruleId()).isEqualTo("communication.silent-slip");
            assertThat(finding.subject().id()).isEqualTo(key);
        });
    }

    @Test
    void anExternalEntityInProjectXmlIsRefusedAndReadsNothing() throws IOException {
        String xml = Files.readString(realFile("sample.xml")).replaceFirst("<\\?xml version=\"1.0\"\\?>",
                "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>")
                .replaceFirst("<Name>Second Task</Name>", "<Name>Leak &xxe;</Name>");
        Path hostile = temp.resolve("hostile.xml");
        Files.writeString(hostile, xml);

        assertThatThrownBy(() -> new PlanImporter().importPlan(hostile))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("hostile.xml looks like an MS Project XML file but declares a DOCTYPE");
    }

    @Test
    void xmlThatIsNoPlanSaysSo() throws IOException {
        Path html = temp.resolve("page.xml");
        Files.writeString(html, "<?xml version=\"1.0\"?><html><body>not a plan</body></html>");

        assertThatThrownBy(() -> new PlanImporter().importPlan(html))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("page.xml")
                .hasMessageContaining("MS Project");
    }

    @Test
    void aProjectFileIsRecognisedByContentNotName() throws IOException, UnreadableInputException {
        Path renamed = temp.resolve("plan.xlsx");
        Files.copy(realFile("sample.xml"), renamed);

        assertThat(new PlanImporter().importPlan(renamed).plan().people()).hasSize(2);
    }
}
