package io.executionauditor.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.executionauditor.plan.EstimateUnit;
import io.executionauditor.plan.Period;
import io.executionauditor.plan.Plan;
import io.executionauditor.plan.Status;
import io.executionauditor.plan.WorkItem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportTest {
    @TempDir
    Path dir;

    private ImportResult importCsv(String text) throws Exception {
        Path file = dir.resolve("plan.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new PlanImporter().importPlan(file);
    }

    private static WorkItem item(ImportResult result, String key) {
        return result.plan().items().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }

    private static List<String> messages(ImportResult result) {
        return result.report().issues().stream().map(ImportIssue::toString).toList();
    }

    @Test
    void synonymHeadersAreRead() throws Exception {
        ImportResult result = importCsv("Issue key,Summary,Issue type,Assigned to,Story points,Time spent,Sprint,"
                + "Deadline,Created,Resolved,Blocked by,Definition of done,OKR,Status,Priority\n"
                + "A-1,Login page,Story,Ana,5,3,Sprint 1,2026-03-20,2026-03-01,2026-03-19,A-0 A-2,Users log in,"
                + "Grow,Closed,Must\n");

        WorkItem item = item(result, "A-1");
        assertThat(result.report().issues()).isEmpty();
        assertThat(item.title()).isEqualTo("Login page");
        assertThat(item.type()).isEqualTo("Story");
        assertThat(item.owners()).containsExactly("Ana");
        assertThat(item.estimate()).isEqualTo(5.0);
        assertThat(item.actual()).isEqualTo(3.0);
        assertThat(item.period()).isEqualTo("Sprint 1");
        assertThat(item.due()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(item.added()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(item.done()).isEqualTo(LocalDate.of(2026, 3, 19));
        assertThat(item.dependsOn()).containsExactly("A-0", "A-2");
        assertThat(item.successCriteria()).isEqualTo("Users log in");
        assertThat(item.goal()).isEqualTo("Grow");
        assertThat(item.status()).isEqualTo(Status.DONE);
        assertThat(item.priority()).isEqualTo(1);
        assertThat(result.plan().estimateUnit()).isEqualTo(EstimateUnit.POINTS);
    }

    @Test
    void headersMatchIgnoringCaseSpacesAndPunctuation() throws Exception {
        ImportResult result = importCsv("KEY,due_date,Depends-On,success.criteria\nA-1,2026-01-02,A-2,Works\n");

        WorkItem item = item(result, "A-1");
        assertThat(item.due()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(item.dependsOn()).containsExactly("A-2");
        assertThat(item.successCriteria()).isEqualTo("Works");
    }

    @Test
    void unknownColumnsAreKeptAsAttributes() throws Exception {
        ImportResult result = importCsv("Key,Title,Customer,Risk note\nA-1,Login,ACME,\n");

        assertThat(item(result, "A-1").attributes()).containsExactly(java.util.Map.entry("Customer", "ACME"));
        assertThat(result.report().issues()).isEmpty();
    }

    @Test
    void severalOwnersInOneCellAreSplit() throws Exception {
        ImportResult result = importCsv("Key,Owner\n"
                + "A-1,\"Ana, Bo; Cy / Di & Ed + Flo and Gus AND Hal\"\n"
                + "A-2,Anderson Brand\n"
                + "A-3,\" Ana ,, Ana \"\n");

        assertThat(item(result, "A-1").owners()).containsExactly("Ana", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal");
        assertThat(item(result, "A-2").owners()).containsExactly("Anderson Brand");
        assertThat(item(result, "A-3").owners()).containsExactly("Ana");
    }

    @Test
    void byteOrderMarkDoesNotHideTheFirstHeader() throws Exception {
        ImportResult result = importCsv("\uFEFFKey,Title\r\nA-1,Login\r\n");

        assertThat(item(result, "A-1").title()).isEqualTo("Login");
    }

    @Test
    void semicolonSeparatorWithDecimalCommaAndUnits() throws Exception {
        ImportResult result = importCsv("Key;Title;Estimate;Actual\nA-1;Login, then logout;12,5;8h\nA-2;x;5 pts;\n"
                + "A-3;y;lots;1.000,5\n");

        assertThat(item(result, "A-1").title()).isEqualTo("Login, then logout");
        assertThat(item(result, "A-1").estimate()).isEqualTo(12.5);
        assertThat(item(result, "A-1").actual()).isEqualTo(8.0);
        assertThat(item(result, "A-2").estimate()).isEqualTo(5.0);
        assertThat(item(result, "A-3").estimate()).isNull();
        assertThat(item(result, "A-3").actual()).isEqualTo(1000.5);
        assertThat(messages(result)).containsExactly("Items row 4, column Estimate: \"lots\" is not a number "
                + "(expected a number such as 8, 8.5 or 8,5, optionally with a unit: 8h, 3d, 5 pts)");
    }

    @Test
    void multiLineQuotedCellsKeepTheRowNumbersASpreadsheetShows() throws Exception {
        ImportResult result = importCsv("Key,Title,Due\r\nA-1,\"first line\r\nsecond line\",2026-01-01\r\n"
                + "A-2,ok,2026-02-30\r\n");

        assertThat(item(result, "A-1").title()).isEqualTo("first line\r\nsecond line");
        assertThat(item(result, "A-2").sourceRow()).isEqualTo(3);
        assertThat(messages(result)).containsExactly(
                "Items row 3, column Due: \"2026-02-30\" is not a date (expected yyyy-mm-dd or dd/mm/yyyy)");
    }

    @Test
    void dayFirstColumnIsReadDayFirst() throws Exception {
        ImportResult result = importCsv("Key,Due\nA-1,03/04/2026\nA-2,25.04.26\n");

        assertThat(item(result, "A-1").due()).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(item(result, "A-2").due()).isEqualTo(LocalDate.of(2026, 4, 25));
        assertThat(result.report().issues()).isEmpty();
    }

    @Test
    void monthFirstColumnIsReadMonthFirst() throws Exception {
        ImportResult result = importCsv("Key,Due,Start\nA-1,03/04/2026,2026-01-05T09:30\nA-2,04/25/2026,"
                + "2026-01-06 10:00\n");

        assertThat(item(result, "A-1").due()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(item(result, "A-2").due()).isEqualTo(LocalDate.of(2026, 4, 25));
        assertThat(item(result, "A-1").start()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(result.report().issues()).isEmpty();
    }

    @Test
    void eachColumnDecidesItsOwnDayMonthOrder() throws Exception {
        ImportResult result = importCsv("Key,Start,Due\nA-1,13/01/2026,01/02/2026\nA-2,01/02/2026,02/14/2026\n");

        assertThat(item(result, "A-2").start()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(item(result, "A-1").due()).isEqualTo(LocalDate.of(2026, 1, 2));
    }

    @Test
    void ambiguousColumnIsReportedOnceAndItsDatesLeftEmpty() throws Exception {
        ImportResult result = importCsv("Key,Due\nA-1,03/04/2026\nA-2,04/05/2026\nA-3,05/05/2026\n");

        assertThat(item(result, "A-1").due()).isNull();
        assertThat(item(result, "A-2").due()).isNull();
        assertThat(item(result, "A-3").due()).isEqualTo(LocalDate.of(2026, 5, 5));
        assertThat(messages(result)).containsExactly("Items column Due: dates in column Due read both as "
                + "dd/mm/yyyy and mm/dd/yyyy (\"03/04/2026\", row 2): 2 dates left empty; write them as yyyy-mm-dd");
        assertThat(result.plan().items()).hasSize(3);
    }

    @Test
    void ambiguousColumnFollowsTheOrderAnotherColumnOfTheWorkbookSettled() throws Exception {
        ImportResult result = importCsv("Key,Start,Due\nA-1,20/03/2026,03/04/2026\nA-2,21/03/2026,04/05/2026\n");

        assertThat(item(result, "A-1").due()).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(item(result, "A-2").due()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(result.report().issues()).singleElement().satisfies(issue -> {
            assertThat(issue.level()).isEqualTo(ImportIssue.Level.WARNING);
            assertThat(issue.message()).contains("read as dd/mm/yyyy like Items column Start");
        });
    }

    @Test
    void columnMixingDayFirstAndMonthFirstIsReportedOnce() throws Exception {
        ImportResult result = importCsv("Key,Due\nA-1,25/03/2026\nA-2,03/25/2026\nA-3,01/02/2026\n");

        assertThat(result.plan().items()).allMatch(i -> i.due() == null);
        assertThat(result.report().issues()).singleElement().satisfies(issue -> {
            assertThat(issue.column()).isEqualTo("Due");
            assertThat(issue.message()).contains("mixes day-first", "\"25/03/2026\", row 2", "\"03/25/2026\", row 3");
        });
    }

    @Test
    void impossibleDateIsReportedWithRowColumnAndText() throws Exception {
        ImportResult result = importCsv("Key,Title,Due\n" + rows(12) + "A-14,y,31/02/2026\n");

        assertThat(messages(result)).containsExactly(
                "Items row 14, column Due: \"31/02/2026\" is not a date (expected yyyy-mm-dd or dd/mm/yyyy)");
        assertThat(item(result, "A-14").title()).isEqualTo("y");
    }

    private static String rows(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 2; i < 2 + count; i++) {
            out.append("A-").append(i).append(",x,2026-01-01\n");
        }
        return out.toString();
    }

    @Test
    void datesWithMonthNamesAreRead() throws Exception {
        ImportResult result = importCsv("Key,Due,Start\nA-1,3-Mar-26,\"March 4, 2026\"\n");

        assertThat(item(result, "A-1").due()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(item(result, "A-1").start()).isEqualTo(LocalDate.of(2026, 3, 4));
    }

    @Test
    void unknownStatusIsReportedAndTheRestOfTheRowKept() throws Exception {
        ImportResult result = importCsv("Key,Title,Status,Priority,Owner\nA-1,Login,Parked,Whenever,Ana\n"
                + "A-2,Logout,,,\n");

        WorkItem item = item(result, "A-1");
        assertThat(item.status()).isEqualTo(Status.TODO);
        assertThat(item.title()).isEqualTo("Login");
        assertThat(item.owners()).containsExactly("Ana");
        assertThat(item.priority()).isNull();
        assertThat(item(result, "A-2").status()).isEqualTo(Status.TODO);
        assertThat(messages(result)).containsExactly(
                "Items row 2, column Status: \"Parked\" is not a status (expected " + Status.accepted()
                        + ") (treated as todo)",
                "Items row 2, column Priority: \"Whenever\" is not a priority (expected "
                        + io.executionauditor.plan.Priority.accepted() + ") (left empty)");
        assertThat(result.report().issues()).allMatch(i -> i.level() == ImportIssue.Level.ERROR);
    }

    @Test
    void countsSayWhatWasReadUsedAndSkippedAndWhy() throws Exception {
        ImportResult result = importCsv("Key,Title\nA-1,one\n,,\n,no key\nA-1,again\n\nA-2,two\n");

        assertThat(result.report().sheets()).containsExactly(new SheetCounts("Items", 4, 2, 2));
        assertThat(messages(result)).containsExactly("Items row 4, column Key: no key: row skipped",
                "Items row 5, column Key: duplicate key \"A-1\" (first on row 2): row skipped");
        assertThat(item(result, "A-1").title()).isEqualTo("one");
    }

    @Test
    void withoutPeriodColumnThePlanIsOnePeriodHoldingEveryItem() throws Exception {
        ImportResult result = importCsv("Key,Start,Added,Due\nA-1,,2026-01-05,2026-02-01\nA-2,2026-01-10,,"
                + "2026-03-01\n");

        assertThat(result.plan().periods()).containsExactly(new Period("Whole plan", null, null));
        assertThat(result.plan().items()).allMatch(i -> i.period().equals("Whole plan"));
    }

    @Test
    void withoutPeriodsSheetPeriodsAreThePeriodColumnsNamesDatedByTheirItems() throws Exception {
        ImportResult result = importCsv("Key,Sprint,Added,Due\nA-1,S2,2026-01-15,2026-01-28\nA-2,S1,2026-01-01,"
                + "2026-01-14\nA-3,,2026-01-01,\nA-4,s1,2026-01-02,2026-01-13\n");

        assertThat(result.plan().periods()).as("no Start column: no known start, ordered by their items' dates")
                .containsExactly(new Period("S1", null, LocalDate.of(2026, 1, 14)),
                        new Period("S2", null, LocalDate.of(2026, 1, 28)));
        assertThat(item(result, "A-3").period()).isNull();
        assertThat(item(result, "A-4").period()).isEqualTo("S1");
    }

    @Test
    void derivedPeriodsStartAtTheirItemsEarliestStart() throws Exception {
        ImportResult result = importCsv("Key,Sprint,Start,Added,Due\nA-1,S1,2026-01-05,2025-12-01,2026-01-14\n"
                + "A-2,S1,2026-01-07,2026-01-08,2026-01-16\n");

        assertThat(result.plan().periods()).containsExactly(
                new Period("S1", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 16)));
    }

    @Test
    void derivedPeriodsAreOrderedByStartNotByWhenTheirItemsWereWrittenDown() throws Exception {
        ImportResult result = importCsv("Key,Sprint,Start,Added,Due\nA-1,S12,2026-01-19,2025-11-01,2026-01-30\n"
                + "A-2,S11,2026-01-05,2026-01-02,2026-01-16\n");

        assertThat(result.plan().periods()).extracting(Period::name).containsExactly("S11", "S12");
    }

    @Test
    void planIsNamedAfterTheFileInHours() throws Exception {
        Plan plan = importCsv("Key\nA-1\n").plan();

        assertThat(plan.name()).isEqualTo("plan");
        assertThat(plan.source()).isEqualTo("plan.csv");
        assertThat(plan.estimateUnit()).isEqualTo(EstimateUnit.HOURS);
        assertThat(plan.asOf()).isNull();
    }

    @Test
    void estimateUnitComesFromTheFirstUnitWritten() throws Exception {
        assertThat(importCsv("Key,Effort\nA-1,3\nA-2,2d\n").plan().estimateUnit()).isEqualTo(EstimateUnit.DAYS);
    }

    @Test
    void windows1252TextIsRead() throws Exception {
        Path file = dir.resolve("latin.csv");
        Files.write(file, "Key,Title\nA-1,Caf\u00e9\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));

        assertThat(new PlanImporter().importPlan(file).plan().items().get(0).title()).isEqualTo("Caf\u00e9");
    }

    @Test
    void tabSeparatedUtf16TextIsRead() throws Exception {
        Path file = dir.resolve("unicode.txt");
        Files.write(file, "\uFEFFKey\tTitle\nA-1\tLogin, logout\n".getBytes(StandardCharsets.UTF_16LE));

        assertThat(new PlanImporter().importPlan(file).plan().items().get(0).title()).isEqualTo("Login, logout");
    }

    @Test
    void emptyFileIsUnreadable() throws Exception {
        Path file = dir.resolve("empty.csv");
        Files.write(file, new byte[0]);

        assertThatThrownBy(() -> new PlanImporter().importPlan(file)).isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("empty.csv is empty (expected an .xlsx workbook, a .csv file");
    }

    @Test
    void randomBytesAreUnreadable() throws Exception {
        byte[] bytes = new byte[3000];
        new Random(42).nextBytes(bytes);
        Path file = dir.resolve("plan.csv");
        Files.write(file, bytes);

        assertThatThrownBy(() -> new PlanImporter().importPlan(file)).isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("plan.csv is neither a workbook, a CSV text file nor a project file");
    }

    @Test
    void missingFileIsUnreadable() {
        assertThatThrownBy(() -> new PlanImporter().importPlan(dir.resolve("nope.csv")))
                .isInstanceOf(UnreadableInputException.class).hasMessageStartingWith(dir.resolve("nope.csv") + ": no such file");
    }

    @Test
    void csvWithoutKeyColumnIsUnreadable() {
        assertThatThrownBy(() -> importCsv("Name,Owner\nLogin,Ana\n")).isInstanceOf(UnreadableInputException.class)
                .hasMessage("plan.csv: the Items sheet has no Key, ID or Issue key column in its header "
                        + "(row 1: Name, Owner)");
    }

    @Test
    void unterminatedQuoteIsUnreadableNamingTheRow() {
        assertThatThrownBy(() -> importCsv("Key,Title\nA-1,ok\nA-2,\"never closed\n"))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("plan.csv cannot be read as CSV: row 3 (line 3 of the file) opens a quoted cell that "
                        + "is never closed; the file ends inside it (is the file cut short, or is a quote missing?)");
    }

    @Test
    void textAfterAClosingQuoteIsUnreadableNamingTheRow() {
        assertThatThrownBy(() -> importCsv("Key,Title\nA-1,\"Login\" page\nA-2,ok\n"))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("plan.csv cannot be read as CSV: row 2 (line 2 of the file) has text right after a "
                        + "quoted cell's closing quote (a quote inside a quoted cell is written twice: \"\")");
    }

    @Test
    void monthNamesInSpanishFrenchGermanAndPortugueseAreRead() throws Exception {
        ImportResult result = importCsv("Key;Due\nA-1;10/nov/25 4:51 PM\nA-2;3 M\u00e4rz 2026\nA-3;12 f\u00e9vr. 2026\n"
                + "A-4;5 set 2026\nA-5;1 dic. 2025\nA-6;7 ago 2026\nA-7;2 juil. 2026\nA-8;9 Okt 2026\n");

        assertThat(result.report().issues()).isEmpty();
        assertThat(result.plan().items()).extracting(WorkItem::due).containsExactly(LocalDate.of(2025, 11, 10),
                LocalDate.of(2026, 3, 3), LocalDate.of(2026, 2, 12), LocalDate.of(2026, 9, 5),
                LocalDate.of(2025, 12, 1), LocalDate.of(2026, 8, 7), LocalDate.of(2026, 7, 2),
                LocalDate.of(2026, 10, 9));
    }

    @Test
    void anAbbreviationTwoMonthsShareIsNotADate() throws Exception {
        ImportResult result = importCsv("Key,Due\nA-1,2 jui 2026\n");

        assertThat(messages(result)).containsExactly("Items row 2, column Due: \"2 jui 2026\" is not a date "
                + "(expected yyyy-mm-dd or dd/mm/yyyy)");
    }

    @Test
    void blankLinesBeforeTheHeaderAreIgnored() throws Exception {
        ImportResult result = importCsv("\n\nKey;Estimate\nA-1;2,5\n");

        assertThat(item(result, "A-1").estimate()).isEqualTo(2.5);
        assertThat(item(result, "A-1").sourceRow()).isEqualTo(4);
    }
}
