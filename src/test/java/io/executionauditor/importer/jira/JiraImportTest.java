package io.executionauditor.importer.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.executionauditor.audit.Audit;
import io.executionauditor.audit.Auditor;
import io.executionauditor.importer.ImportIssue;
import io.executionauditor.importer.ImportResult;
import io.executionauditor.importer.PlanImporter;
import io.executionauditor.importer.SheetCounts;
import io.executionauditor.importer.UnreadableInputException;
import io.executionauditor.plan.ChangeKind;
import io.executionauditor.plan.EstimateUnit;
import io.executionauditor.plan.Period;
import io.executionauditor.plan.PlanChange;
import io.executionauditor.plan.Status;
import io.executionauditor.plan.StatusUpdate;
import io.executionauditor.plan.WorkItem;
import io.executionauditor.rules.RuleSetLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small Jira exports written by each test, one trait of real exports at a time. */
class JiraImportTest {
    @TempDir
    Path dir;

    /** Writes the rows, CRLF-ended, with a UTF-8 byte-order mark as Jira Cloud does. */
    private Path export(String name, String... rows) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "\uFEFF" + String.join("\r\n", rows) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    private static ImportResult read(Path file) throws UnreadableInputException {
        return new PlanImporter().importPlan(file);
    }

    private static WorkItem item(ImportResult result, String key) {
        return result.plan().items().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }

    private static List<String> messages(ImportResult result) {
        return result.report().issues().stream().map(ImportIssue::toString).toList();
    }

    @Test
    void englishCloudAllFieldsExportIsReadWhole() throws Exception {
        Path file = export("PAY all fields.csv",
                "Summary,Issue key,Issue id,Issue Type,Status,Priority,Assignee,Created,Updated,Resolved,Due date,"
                        + "Labels,Labels,Description,Sprint,Sprint,Outward issue link (Blocks),"
                        + "Inward issue link (Blocks),Inward issue link (Relates),Custom field (Story Points),"
                        + "Custom field (Team),Custom field (Flagged),Comment,Status Category,Parent,Parent summary,"
                        + "Custom field (Rank)",
                "Payments,PAY-1,10001,Epic,In Progress,High,,01/Sep/26 9:00 AM,20/Nov/26 5:00 PM,,,,,,,,,,,,,,,"
                        + "In Progress,,,0|i00001:",
                "\"Card payments, EU\",PAY-2,10002,Story,In Progress,Highest,\"Smith, Anna\",02/Sep/26 10:15 AM,"
                        + "23/Nov/26 3:21 PM,,30/Nov/26 12:00 AM,payments,eu,\"As a buyer I pay by card.\r\n\r\n"
                        + "Acceptance criteria:\r\n* 3-D Secure passes\r\n* refunds work\",Sprint 1,Sprint 2,PAY-3,,"
                        + "PAY-9,5,Checkout,,\"20/Nov/26 11:00 AM;557058:acc-1;Waiting for the PSP sandbox\","
                        + "In Progress,10001,Payments,0|i00002:",
                "Refund flow,PAY-3,10003,Story,To Do,Medium,Ben Okafor,05/Sep/26 8:00 AM,21/Nov/26 9:00 AM,,,"
                        + "payments,,,Sprint 2,,,PAY-2,,3,,Impediment,,To Do,10001,Payments,",
                "Settle batch,PAY-4,10004,Sub-task,Done,Low,Ben Okafor,06/Sep/26 8:00 AM,10/Sep/26 8:00 AM,"
                        + "10/Sep/26 8:00 AM,,,,,Sprint 1,,,PAY-7,,1,,,,Done,10002,Card payments,");

        ImportResult result = read(file);
        WorkItem card = item(result, "PAY-2");
        WorkItem refund = item(result, "PAY-3");

        assertThat(result.report().sheets()).containsExactly(new SheetCounts("Jira export", 4, 3, 1));
        assertThat(result.plan().estimateUnit()).isEqualTo(EstimateUnit.POINTS);
        assertThat(card.title()).isEqualTo("Card payments, EU");
        assertThat(card.owners()).containsExactly("Smith, Anna");
        assertThat(card.priority()).isEqualTo(1);
        assertThat(card.labels()).containsExactly("payments", "eu");
        assertThat(card.estimate()).isEqualTo(5.0);
        assertThat(card.team()).isEqualTo("Checkout");
        assertThat(card.goal()).isEqualTo("Payments");
        assertThat(card.due()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(card.added()).isEqualTo(LocalDate.of(2026, 9, 2));
        assertThat(card.successCriteria()).isEqualTo("Acceptance criteria:\r\n* 3-D Secure passes\r\n* refunds work");
        assertThat(card.period()).isEqualTo("Sprint 2");
        assertThat(card.dependsOn()).as("it blocks PAY-3; a Relates link is no dependency").isEmpty();
        assertThat(refund.dependsOn()).as("blocked by PAY-2, said on both issues' rows").containsExactly("PAY-2");
        assertThat(item(result, "PAY-4").dependsOn()).as("blocked by an issue outside the export")
                .containsExactly("PAY-7");
        assertThat(card.attributes()).containsEntry("Inward issue link (Relates)", "PAY-9")
                .containsEntry("Custom field (Rank)", "0|i00002:").doesNotContainKey("Description");
        assertThat(refund.status()).as("flagged: an impediment").isEqualTo(Status.BLOCKED);
        assertThat(item(result, "PAY-4").goal()).as("a sub-task serves its story's epic").isEqualTo("Payments");
        assertThat(item(result, "PAY-4").successCriteria()).as("and is done by its story's criteria")
                .isEqualTo(card.successCriteria());
        assertThat(item(result, "PAY-4").done()).isEqualTo(LocalDate.of(2026, 9, 10));
        assertThat(result.plan().updates()).filteredOn(u -> u.author() != null).singleElement()
                .satisfies(update -> {
                    assertThat(update.date()).isEqualTo(LocalDate.of(2026, 11, 20));
                    assertThat(update.itemKey()).isEqualTo("PAY-2");
                    assertThat(update.author()).isEqualTo("557058:acc-1");
                    assertThat(update.health()).isNull();
                    assertThat(update.note()).isEqualTo("Waiting for the PSP sandbox");
                });
        assertThat(result.plan().asOf()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(messages(result)).containsExactly("Jira export row 2, column Issue Type: PAY-1 (Epic) "
                + "groups work rather than being work, so it is not audited as an item; its summary is the goal of "
                + "the issues under it", "Jira export: the export does not say when it was made: the plan is "
                + "audited as of 2026-11-23, the last day an issue was updated (Updated); give another date with "
                + "--as-of (or the upload's as-of date)");
    }

    @Test
    void aCarryOverIsRecordedAsOneAndTheIssueBelongsToItsLastSprint() throws Exception {
        ImportResult result = read(export("carry.csv",
                "Issue key,Issue id,Summary,Status,Assignee,Created,Updated,Sprint,Sprint,Sprint",
                "APP-1,1,Login,In Progress,Ana,01/Mar/26 9:00 AM,20/Mar/26 9:00 AM,APP Sprint 9,APP Sprint 10,"
                        + "APP Sprint 11",
                "APP-2,2,Logout,To Do,Ben,01/Mar/26 9:00 AM,02/Mar/26 9:00 AM,APP Sprint 10,,",
                "APP-3,3,Profile,Done,Ben,01/Mar/26 9:00 AM,05/Mar/26 9:00 AM,APP Sprint 9,,"));

        assertThat(item(result, "APP-1").period()).isEqualTo("APP Sprint 11");
        assertThat(result.plan().periods()).extracting(Period::name).containsExactly("APP Sprint 9", "APP Sprint 10",
                "APP Sprint 11");
        assertThat(result.plan().changes()).extracting(PlanChange::itemKey, PlanChange::kind, PlanChange::from,
                PlanChange::to, PlanChange::date).containsExactly(
                        tuple("APP-1", ChangeKind.CARRIED_OVER, "APP Sprint 9",
                                "APP Sprint 10", LocalDate.of(2026, 3, 20)),
                        tuple("APP-1", ChangeKind.CARRIED_OVER, "APP Sprint 10",
                                "APP Sprint 11", LocalDate.of(2026, 3, 20)));
    }

    @Test
    void aCarryOverIsNoTradeOffForWorkAddedMidSprint() throws Exception {
        Path file = export("creep.csv",
                "Issue key,Issue id,Summary,Status,Assignee,Created,Updated,Custom field (Start date),Due date,"
                        + "Custom field (Story Points),Sprint,Sprint",
                "APP-1,1,Login,In Progress,Ana,01/Mar/26 9:00 AM,16/Mar/26 9:00 AM,02/Mar/26,13/Mar/26,3,"
                        + "Sprint 1,Sprint 2",
                "APP-2,2,Search,To Do,Ben,01/Mar/26 9:00 AM,16/Mar/26 9:00 AM,16/Mar/26,27/Mar/26,3,Sprint 2,",
                "APP-3,3,Urgent export,To Do,Ben,20/Mar/26 9:00 AM,20/Mar/26 9:00 AM,,27/Mar/26,5,Sprint 2,");

        Audit audit = new Auditor().audit(file, LocalDate.of(2026, 3, 23),
                new RuleSetLoader().load(Path.of("rules")));

        assertThat(audit.plan().changes()).extracting(PlanChange::kind, PlanChange::date)
                .containsExactly(tuple(ChangeKind.CARRIED_OVER,
                        LocalDate.of(2026, 3, 16)));
        assertThat(audit.findings()).filteredOn(f -> f.ruleId().startsWith("deprioritization.scope-added"))
                .extracting(f -> f.subject().id()).containsExactly("APP-3");
    }

    @Test
    void anOutwardLinkAloneMakesTheOtherIssueWait() throws Exception {
        ImportResult result = read(export("links.csv",
                "Issue key,Issue id,Summary,Status,Outward issue link (Blocks),Outward issue link (Blocks)",
                "L-1,1,Schema,To Do,L-2,L-3",
                "L-2,2,Migration,To Do,,",
                "L-3,3,Backfill,To Do,,"));

        assertThat(result.plan().items()).extracting(WorkItem::dependsOn).containsExactly(List.of(),
                List.of("L-1"), List.of("L-1"));
    }

    @Test
    void dataCenterDateFormatsAreRead() throws Exception {
        ImportResult dayMonthName = read(export("dc1.csv",
                "Issue key,Issue id,Summary,Status,Created,Resolved,Due Date",
                "DC-1,1,One,Closed,23/Nov/26 3:21 PM,05/Dec/26 9:00 AM,01/Dec/26"));
        ImportResult iso = read(export("dc2.csv",
                "Issue key,Issue id,Summary,Status,Created,Resolved,Due Date",
                "DC-1,1,One,Resolved,2026-11-23 15:21,2026-12-05 09:00,2026-12-01"));
        ImportResult dotted = read(export("dc3.csv",
                "Vorgangsschlüssel,Vorgangs-ID,Zusammenfassung,Status,Erstellt,Erledigt,Fälligkeitsdatum",
                "DC-1,1,Eins,Fertig,23.11.26 15:21,05.12.26 09:00,01.12.26 00:00"));

        for (ImportResult result : List.of(dayMonthName, iso, dotted)) {
            assertThat(result.report().issues()).extracting(ImportIssue::message)
                    .noneMatch(m -> m.contains("not a date"));
            WorkItem item = result.plan().items().get(0);
            assertThat(item.added()).isEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(item.done()).isEqualTo(LocalDate.of(2026, 12, 5));
            assertThat(item.due()).isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(item.status()).isEqualTo(Status.DONE);
        }
    }

    @Test
    void aWorkflowsOwnStatusIsReadThroughItsCategory() throws Exception {
        ImportResult result = read(export("workflow.csv",
                "Issue key,Issue id,Summary,Status,Status Category,Resolution",
                "W-1,1,One,QA Review,In Progress,",
                "W-2,2,Two,QA Review,In Progress,",
                "W-3,3,Three,Shipped to prod,Done,Done",
                "W-4,4,Four,Shipped to prod,Done,Won't Do",
                "W-5,5,Five,Triage,To Do,"));

        assertThat(result.plan().items()).extracting(WorkItem::status).containsExactly(Status.IN_PROGRESS,
                Status.IN_PROGRESS, Status.DONE, Status.DEPRIORITIZED, Status.TODO);
        assertThat(messages(result)).contains(
                "Jira export column Status: \"QA Review\" read as in_progress from its Status Category \"In "
                        + "Progress\" (2 issues)",
                "Jira export column Status: \"Shipped to prod\" read as done from its Status Category \"Done\" "
                        + "(2 issues)");
    }

    @Test
    void anUnknownStatusWithoutACategoryIsAnErrorAndTheIssueIsKeptAsTodo() throws Exception {
        ImportResult result = read(export("unknown.csv",
                "Issue key,Issue id,Summary,Status,Resolved",
                "U-1,1,One,Parked,",
                "U-2,2,Two,Parked,12/Jan/26 10:00 AM"));

        assertThat(result.report().sheets()).containsExactly(new SheetCounts("Jira export", 2, 2, 0));
        assertThat(item(result, "U-1").status()).isEqualTo(Status.TODO);
        assertThat(item(result, "U-2").status()).as("resolved: done").isEqualTo(Status.DONE);
        assertThat(result.report().issues()).filteredOn(i -> i.level() == ImportIssue.Level.ERROR)
                .extracting(ImportIssue::toString).containsExactly("Jira export row 2, column Status: \"Parked\" is "
                        + "not a status (expected " + Status.accepted() + ", Jira's To Do, In Progress or Done in "
                        + "the export's language, or a Status Category column): treated as todo");
        assertThat(messages(result)).contains("Jira export row 3, column Status: \"Parked\" is not a status this "
                + "import knows; the issue was resolved on 2026-01-12, so it is read as done");
    }

    @Test
    void secondsBecomeHoursWhenNoIssueHasStoryPoints() throws Exception {
        ImportResult result = read(export("hours.csv",
                "Issue key,Issue id,Summary,Status,Original Estimate,Time Spent,Custom field (Story Points)",
                "H-1,1,One,Done,28800,36000,",
                "H-2,2,Two,In Progress,5400,,",
                "H-3,3,Three,To Do,-3600,,",
                "H-4,4,Four,To Do,eight hours,,"));

        assertThat(result.plan().estimateUnit()).isEqualTo(EstimateUnit.HOURS);
        assertThat(result.plan().items()).extracting(WorkItem::estimate).containsExactly(8.0, 1.5, null, null);
        assertThat(item(result, "H-1").actual()).isEqualTo(10.0);
        assertThat(messages(result)).containsExactly(
                "Jira export row 5, column Original Estimate: \"eight hours\" is not a number (expected seconds "
                        + "such as 28800): left empty",
                "Jira export row 4, column Original Estimate: \"-3600\" is below zero (expected an estimate of 0 or "
                        + "more): left empty");
    }

    @Test
    void storyPointsWinWhenMoreIssuesCarryThemAndWhatIsSetAsideIsSaid() throws Exception {
        ImportResult result = read(export("points.csv",
                "Issue key,Issue id,Summary,Status,Original Estimate,Time Spent,Custom field (Story point estimate)",
                "P-1,1,One,Done,28800,36000,3",
                "P-2,2,Two,To Do,,,5"));

        assertThat(result.plan().estimateUnit()).isEqualTo(EstimateUnit.POINTS);
        assertThat(result.plan().items()).extracting(WorkItem::estimate).containsExactly(3.0, 5.0);
        assertThat(result.plan().items()).extracting(WorkItem::actual).containsOnlyNulls();
        assertThat(messages(result)).containsExactly(
                "Jira export column Original Estimate: 1 issue also carries Original Estimate: not used, the plan's "
                        + "estimates are story points (Custom field (Story point estimate))",
                "Jira export column Time Spent: 1 issue carries Time Spent: not used, time spent cannot be set "
                        + "against estimates in story points");
    }

    @Test
    void aSubTaskWithoutPointsCountsInItsStoryNotAsAMissingEstimate() throws Exception {
        ImportResult points = read(export("points.csv",
                "Issue key,Issue id,Summary,Issue Type,Status,Parent,Custom field (Story Points)",
                "S-1,1,Story,Story,To Do,,5",
                "S-2,2,Backend part,Sub-task,To Do,1,",
                "S-3,3,Unpointed story,Story,To Do,,"));
        ImportResult hours = read(export("hours.csv",
                "Issue key,Issue id,Summary,Issue Type,Status,Parent,Original Estimate",
                "S-1,1,Story,Story,To Do,,",
                "S-2,2,Backend part,Sub-task,To Do,1,7200"));

        assertThat(points.plan().items()).extracting(WorkItem::estimate).containsExactly(5.0, 0.0, null);
        assertThat(messages(points)).containsExactly("Jira export column Custom field (Story Points): 1 sub-task has "
                + "no story points of its own: Jira counts a sub-task's work in its story's points, so it is read as "
                + "0 points, not as a missing estimate");
        assertThat(hours.plan().items()).extracting(WorkItem::estimate).containsExactly(null, 2.0);
    }

    @Test
    void frenchGermanAndPortugueseExportsAreRead() throws Exception {
        ImportResult french = read(export("fr.csv",
                "Résumé,Clé de ticket,ID de ticket,Type de ticket,État,Responsable,Création,Mise à jour,Sprint,"
                        + "Lien du ticket entrant (Blocks),Catégorie d'état",
                "Connexion,FR-1,1,Story,En cours,Élodie Martin,3/févr./26 10:00 AM,12/févr./26 10:00 AM,Sprint 4,"
                        + "FR-2,En cours",
                "Déconnexion,FR-2,2,Story,Terminé,Élodie Martin,1/déc./25 10:00 AM,4/janv./26 10:00 AM,Sprint 4,,"
                        + "Terminé"));
        ImportResult german = read(export("de.csv",
                "Zusammenfassung,Vorgangsschlüssel,Vorgangs-ID,Vorgangstyp,Status,Zugewiesene Person,Erstellt,"
                        + "Aktualisiert,Benutzerdefinierte Felder (Story Points),Statuskategorie,Übergeordnet",
                "Anmeldung,DE-1,1,Story,In Arbeit,Jürgen Groß,23/Okt/25 11:02 AM,03/Mär/26 9:00 AM,5,In Arbeit,",
                "Abmeldung,DE-2,2,Unteraufgabe,Zu erledigen,,05/Dez/25 11:02 AM,05/Dez/25 11:02 AM,,Zu erledigen,1"));
        ImportResult portuguese = read(export("pt.csv",
                "Resumo,Chave da item,ID da item,Tipo de item,Status,Responsável,Criado,Atualizado(a),Resolvido,"
                        + "Categoria de status,Campo personalizado (Story Points)",
                "Entrar,PT-1,1,História,Concluído,João Silva,12/set/25 3:21 PM,20/out/25 3:21 PM,20/out/25 3:21 PM,"
                        + "Itens concluídos,2",
                "Sair,PT-2,2,História,Em andamento,João Silva,02/fev/26 9:00 AM,02/fev/26 9:00 AM,,Em andamento,"));

        for (ImportResult result : List.of(french, german, portuguese)) {
            assertThat(result.report().issues()).extracting(ImportIssue::level)
                    .doesNotContain(ImportIssue.Level.ERROR);
        }
        assertThat(french.plan().items()).extracting(WorkItem::status).containsExactly(Status.IN_PROGRESS,
                Status.DONE);
        assertThat(item(french, "FR-1").dependsOn()).containsExactly("FR-2");
        assertThat(item(french, "FR-1").added()).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(item(french, "FR-2").added()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(german.plan().items()).extracting(WorkItem::status).containsExactly(Status.IN_PROGRESS,
                Status.TODO);
        assertThat(item(german, "DE-1").owners()).containsExactly("Jürgen Groß");
        assertThat(item(german, "DE-1").added()).isEqualTo(LocalDate.of(2025, 10, 23));
        assertThat(german.plan().asOf()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(item(german, "DE-1").estimate()).isEqualTo(5.0);
        assertThat(item(german, "DE-2").goal()).as("no epic above its parent").isNull();
        assertThat(portuguese.plan().items()).extracting(WorkItem::status).containsExactly(Status.DONE,
                Status.IN_PROGRESS);
        assertThat(item(portuguese, "PT-1").added()).isEqualTo(LocalDate.of(2025, 9, 12));
        assertThat(item(portuguese, "PT-1").done()).isEqualTo(LocalDate.of(2025, 10, 20));
        assertThat(item(portuguese, "PT-2").added()).isEqualTo(LocalDate.of(2026, 2, 2));
    }

    @Test
    void aDamagedExportIsOneLineNamingTheFileAndTheRow() throws Exception {
        Path file = export("broken export.csv",
                "Summary,Issue key,Issue id,Status,Description",
                "One,B-1,1,To Do,fine",
                "Two,B-2,2,To Do,\"a description whose quote never ends",
                "Three,B-3,3,To Do,");

        assertThatThrownBy(() -> read(file)).isInstanceOf(UnreadableInputException.class)
                .hasMessage("broken export.csv cannot be read as CSV: row 3 (line 3 of the file) opens a quoted cell "
                        + "that is never closed; the file ends inside it (is the file cut short, or is a quote "
                        + "missing?)");
    }

    @Test
    void rowsWithoutAKeyOrWithAKeyAgainAreSkippedAndSaid() throws Exception {
        ImportResult result = read(export("dupes.csv",
                "Issue key,Issue id,Summary,Status",
                "K-1,1,One,To Do",
                ",2,No key,To Do",
                "K-1,3,One again,To Do"));

        assertThat(result.report().sheets()).containsExactly(new SheetCounts("Jira export", 3, 1, 2));
        assertThat(messages(result)).containsExactly("Jira export row 3, column Issue key: no issue key: row skipped",
                "Jira export row 4, column Issue key: issue K-1 again (first on row 2): row skipped");
    }

    @Test
    void aSheetThatBorrowsJirasNamesStaysACanonicalSheet() throws Exception {
        Path file = export("items.csv",
                "Issue key,Summary,Assignee,Story points,Sprint,Created,Updated",
                "MOB-1,Login,\"Ana, Ben\",3,Sprint 1,10/03/2026,12/03/2026");

        ImportResult result = read(file);

        assertThat(JiraImporter.isJiraExport(file, "items.csv")).isFalse();
        assertThat(result.report().sheets()).extracting(SheetCounts::sheet).containsExactly("Items");
        assertThat(item(result, "MOB-1").owners()).as("the canonical sheet splits owners")
                .containsExactly("Ana", "Ben");
    }

    @Test
    void noFixtureOrSamplePlanIsMistakenForAJiraExport() throws IOException {
        try (Stream<Path> files = Stream.concat(Stream.concat(Files.walk(Path.of("rules/tests")),
                Files.walk(Path.of("samples"))), Files.walk(Path.of("src/test/resources/acceptance")))) {
            List<Path> csv = files.filter(f -> f.toString().endsWith(".csv")).toList();

            assertThat(csv).hasSizeGreaterThan(20)
                    .noneMatch(f -> JiraImporter.isJiraExport(f, f.getFileName().toString()));
        }
    }

    @Test
    void withoutASprintColumnThePlanIsOnePeriod() throws Exception {
        ImportResult result = read(export("kanban.csv",
                "Issue key,Issue id,Summary,Status", "K-1,1,One,To Do", "K-2,2,Two,Done"));

        assertThat(result.plan().periods()).extracting(Period::name).containsExactly("Whole plan");
        assertThat(result.plan().items()).extracting(WorkItem::period).containsOnly("Whole plan");
    }

    @Test
    void anIssueInNoSprintIsUncommittedBacklog() throws Exception {
        ImportResult result = read(export("backlog.csv",
                "Issue key,Issue id,Summary,Status,Sprint", "K-1,1,One,To Do,Sprint 3", "K-2,2,Two,To Do,"));

        assertThat(item(result, "K-2").period()).isNull();
        assertThat(result.plan().periods()).extracting(Period::name).containsExactly("Sprint 3");
    }

    @Test
    void aCommentThatIsNotJirasIsSaidAndAStatusCategoryChangeIsAnUpdate() throws Exception {
        ImportResult result = read(export("comments.csv",
                "Issue key,Issue id,Summary,Status,Comment,Status Category Changed",
                "C-1,1,One,In Progress,just a note,02/Mar/26 9:00 AM"));

        assertThat(result.plan().updates()).extracting(StatusUpdate::date, StatusUpdate::health)
                .containsExactly(tuple(LocalDate.of(2026, 3, 2), null));
        assertThat(messages(result)).contains("Jira export row 2, column Comment: \"just a note\" is not a Jira "
                + "comment (date;author;text): not read as an update");
    }
}
