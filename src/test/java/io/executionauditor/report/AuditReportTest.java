package io.executionauditor.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.executionauditor.audit.Audit;
import io.executionauditor.audit.Auditor;
import io.executionauditor.report.AuditReport.CategorySection;
import io.executionauditor.report.AuditReport.Omitted;
import io.executionauditor.rules.RuleSetLoader;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report model: costliest category first, and a shortened form for paginated reports of big plans. */
class AuditReportTest {
    static final int ITEMS = 40;

    @TempDir
    static Path dir;
    static Audit audit;

    @BeforeAll
    static void auditAPlanWithManyFindingsOfOneRule() throws Exception {
        StringBuilder items = new StringBuilder("Key,Title,Owner,Status,Period,Estimate,Success criteria\n");
        for (int i = 1; i <= ITEMS; i++) {
            items.append("G-").append(i).append(",Item ").append(i).append(",Ana,To do,Sprint 1,1,Done when shipped\n");
        }
        Path plan = dir.resolve("many.csv");
        Files.writeString(plan, items);
        audit = new Auditor().audit(plan, LocalDate.of(2026, 3, 10), new RuleSetLoader().load(Path.of("rules")));
    }

    @Test
    void sectionsComeCostliestCategoryFirst() {
        AuditReport report = AuditReport.of(audit);

        assertThat(report.sections()).extracting(CategorySection::category)
                .containsExactlyElementsOf(report.health().penaltyByCategory().keySet());
        assertThat(java.util.List.copyOf(report.health().penaltyByCategory().values()))
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void shortenedReportShowsAFewFindingsPerRuleAndCountsTheRest() {
        AuditReport full = AuditReport.of(audit);
        long noGoal = audit.findings().stream().filter(f -> f.ruleId().equals("alignment.no-goal")).count();
        assertThat(noGoal).isEqualTo(ITEMS);

        AuditReport shortened = full.shortened(5, 1000);
        CategorySection alignment = shortened.sections().stream().filter(s -> s.category().equals("alignment"))
                .findFirst().orElseThrow();

        assertThat(alignment.findings()).filteredOn(f -> f.ruleId().equals("alignment.no-goal")).hasSize(5);
        assertThat(alignment.omitted()).contains(new Omitted("alignment.no-goal", "Not linked to a goal", ITEMS - 5));
        assertThat(alignment.total()).isEqualTo(full.sections().stream()
                .filter(s -> s.category().equals("alignment")).findFirst().orElseThrow().total());
        assertThat(shortened.findings()).hasSameSizeAs(audit.findings());
        assertThat(shortened.summary()).isEqualTo(full.summary());
    }

    @Test
    void pdfPrintsAFewFindingsPerRuleAndSaysWhereTheRestAre() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFormat.PDF.write(audit, out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("And " + (ITEMS - 25) + " more findings of alignment.no-goal");
        }
    }
}
