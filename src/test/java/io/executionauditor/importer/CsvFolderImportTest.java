package io.executionauditor.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.executionauditor.plan.ChangeKind;
import io.executionauditor.plan.EstimateUnit;
import io.executionauditor.plan.Health;
import io.executionauditor.plan.Period;
import io.executionauditor.plan.Person;
import io.executionauditor.plan.Plan;
import io.executionauditor.plan.PlanChange;
import io.executionauditor.plan.StatusUpdate;
import io.executionauditor.plan.WorkItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFolderImportTest {
    @TempDir
    Path dir;

    private Path folder(String... nameAndText) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("team-plan"));
        for (int i = 0; i < nameAndText.length; i += 2) {
            Files.writeString(folder.resolve(nameAndText[i]), nameAndText[i + 1]);
        }
        return folder;
    }

    @Test
    void folderWithAllSixSheetsBuildsTheWholePlan() throws Exception {
        Path folder = folder(
                "plan.CSV", "Field,Value\nName,Checkout revamp\nAs of,2026-02-10\nEstimate unit,days\n",
                "Periods.csv", "Sprint,Start,End\nS2,2026-02-16,2026-02-27\nS1,2026-02-02,2026-02-13\n",
                "People.csv", "Name,Team,Availability,S2,Desk\nAna,Web,8,4,12B\nBo,Web,10,,\n",
                "Items.csv", "Key,Title,Owner,Team,Estimate,Sprint,Due\n"
                        + "C-1,Cart,ana,Web,3,S1,2026-02-12\n"
                        + "C-2,Pay,Bo & Cy,Web,5,s2,2026-02-26\n"
                        + "C-3,Ship,Web,Web,2,S9,\n",
                "Updates.csv", "Date,Key,Author,RAG,Comment,New due\n"
                        + "2026-02-05,C-1,Ana,Amber,Waiting for API,2026-02-13\n"
                        + "2026-02-06,C-9,Bo,Green,,\n",
                "Changes.csv", "Date,Key,Event,From,To,By,Reason\n"
                        + "2026-02-03,C-2,Added,,,Dee,Customer ask\n"
                        + "2026-02-04,C-3,Deprioritized,S1,,Dee,Room for C-2\n"
                        + "2026-02-05,C-1,Due changed,11/02/2026,13/02/2026,Ana,API late\n"
                        + "2026-02-06,C-1,Estimate changed,2,\"2,5\",Ana,\n",
                "Notes.csv", "anything\n");

        ImportResult result = new PlanImporter().importPlan(folder);
        Plan plan = result.plan();

        assertThat(plan.name()).isEqualTo("Checkout revamp");
        assertThat(plan.source()).isEqualTo("team-plan");
        assertThat(plan.asOf()).isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(plan.estimateUnit()).isEqualTo(EstimateUnit.DAYS);
        assertThat(plan.periods()).containsExactly(
                new Period("S1", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 13)),
                new Period("S2", LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 27)));
        assertThat(plan.people()).containsExactly(new Person("Ana", "Web", 8.0, Map.of("S2", 4.0)),
                new Person("Bo", "Web", 10.0));
        assertThat(plan.people().get(0).capacityIn("S2")).isEqualTo(4.0);

        WorkItem cart = plan.items().get(0);
        assertThat(cart.owners()).containsExactly("Ana");
        assertThat(cart.period()).isEqualTo("S1");
        assertThat(plan.items().get(1).period()).isEqualTo("S2");
        assertThat(plan.items().get(2).period()).isNull();

        assertThat(plan.updates()).containsExactly(
                new StatusUpdate(LocalDate.of(2026, 2, 5), "C-1", "Ana", Health.AT_RISK, "Waiting for API",
                        LocalDate.of(2026, 2, 13), 2),
                new StatusUpdate(LocalDate.of(2026, 2, 6), "C-9", "Bo", Health.ON_TRACK, null, null, 3));
        assertThat(plan.changes()).extracting(PlanChange::kind).containsExactly(ChangeKind.ADDED,
                ChangeKind.DEPRIORITIZED, ChangeKind.DUE_CHANGED, ChangeKind.ESTIMATE_CHANGED);
        assertThat(plan.changes().get(2)).extracting(PlanChange::from, PlanChange::to)
                .containsExactly("2026-02-11", "2026-02-13");
        assertThat(plan.changes().get(3)).extracting(PlanChange::from, PlanChange::to).containsExactly("2", "2.5");
        assertThat(plan.changes().get(1).from()).isEqualTo("S1");

        assertThat(result.report().issues()).extracting(ImportIssue::toString).containsExactly(
                "Items row 4, column Sprint: \"S9\" names no period of the Periods sheet (expected one of S2, S1): "
                        + "the item is kept without a period, as uncommitted work",
                "Updates row 3, column Key: item \"C-9\" is not in the Items sheet (update kept)",
                "Items row 3, column Owner: owner \"Cy\" is not in the People sheet: capacity unknown");
        assertThat(result.report().issues()).extracting(ImportIssue::level).containsExactly(
                ImportIssue.Level.ERROR, ImportIssue.Level.WARNING, ImportIssue.Level.WARNING);
        assertThat(result.report().sheets()).containsExactly(new SheetCounts("Plan", 3, 3, 0),
                new SheetCounts("Periods", 2, 2, 0), new SheetCounts("People", 2, 2, 0),
                new SheetCounts("Items", 3, 3, 0), new SheetCounts("Updates", 2, 2, 0),
                new SheetCounts("Changes", 4, 4, 0));
    }

    @Test
    void updatesAndChangesWithoutUsableDateKeyOrKindAreSkippedAndReported() throws Exception {
        Path folder = folder("Items.csv", "Key\nC-1\n",
                "Updates.csv", "Date,Key,Health\n,C-1,Green\n2026-01-01,,Green\n2026-02-30,C-1,Green\n"
                        + "2026-01-02,C-1,Purple\n",
                "Changes.csv", "Date,Key,Change,From,To\n2026-01-01,C-1,Sideways,,\n2026-01-01,C-1,,,\n"
                        + "2026-01-03,C-1,due changed,2026-01-10,soon\n");

        ImportResult result = new PlanImporter().importPlan(folder);

        assertThat(result.report().sheets()).contains(new SheetCounts("Updates", 4, 1, 3),
                new SheetCounts("Changes", 3, 1, 2));
        assertThat(result.plan().updates()).singleElement().satisfies(u -> assertThat(u.health()).isNull());
        assertThat(result.plan().changes()).singleElement()
                .satisfies(c -> assertThat(c).extracting(PlanChange::from, PlanChange::to)
                        .containsExactly("2026-01-10", null));
        assertThat(result.report().issues()).extracting(ImportIssue::toString).containsExactly(
                "Updates row 2, column Date: no date: row skipped",
                "Updates row 3, column Key: no item key: row skipped",
                "Updates row 4, column Date: \"2026-02-30\" is not a date (expected yyyy-mm-dd or dd/mm/yyyy)",
                "Updates row 5, column Health: \"Purple\" is not a health (expected " + Health.accepted()
                        + ") (left empty)",
                "Updates row 4, column Date: no readable date: row skipped",
                "Changes row 2, column Change: \"Sideways\" is not a change kind (expected " + ChangeKind.accepted()
                        + "): row skipped",
                "Changes row 3, column Change: no change kind (expected " + ChangeKind.accepted()
                        + "): row skipped",
                "Changes row 4, column To: \"soon\" is not a date (expected yyyy-mm-dd or dd/mm/yyyy)");
    }

    @Test
    void sheetWithoutItsRequiredColumnIsSkippedWithOneIssue() throws Exception {
        Path folder = folder("Items.csv", "Key,Owner\nC-1,Ana\n", "People.csv", "Who,Team\nAna,Web\nBo,Web\n");

        ImportResult result = new PlanImporter().importPlan(folder);

        assertThat(result.plan().people()).isEmpty();
        assertThat(result.report().sheets()).contains(new SheetCounts("People", 2, 0, 2));
        assertThat(result.report().issues()).extracting(ImportIssue::toString).containsExactly(
                "People row 1: no Person, Name or Owner column (found: Who, Team): every row of this sheet is "
                        + "skipped");
    }

    @Test
    void ownerWhoIsATeamNeedsNoPerson() throws Exception {
        Path folder = folder("Items.csv", "Key,Owner\nC-1,Platform\nC-2,Ana\n", "People.csv",
                "Person,Team\nAna,Platform\n");

        assertThat(new PlanImporter().importPlan(folder).report().issues()).isEmpty();
    }

    @Test
    void folderWithoutItemsIsUnreadable() throws Exception {
        Path folder = folder("People.csv", "Person\nAna\n");

        assertThatThrownBy(() -> new PlanImporter().importPlan(folder)).isInstanceOf(UnreadableInputException.class)
                .hasMessage("team-plan is a folder without Items.csv (expected one CSV file per sheet: Plan.csv, "
                        + "Periods.csv, People.csv, Items.csv, Updates.csv, Changes.csv; found: People.csv)");
    }

    @Test
    void emptyItemsFileIsUnreadable() throws Exception {
        Path folder = folder("Items.csv", "");

        assertThatThrownBy(() -> new PlanImporter().importPlan(folder)).isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("team-plan: the Items sheet is empty");
    }
}
