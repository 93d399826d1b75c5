package io.executionauditor.corpus;

import static io.executionauditor.corpus.XlsxParts.row;
import static io.executionauditor.corpus.XlsxParts.worksheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.executionauditor.importer.ImportResult;
import io.executionauditor.importer.PlanImporter;
import io.executionauditor.importer.UnreadableInputException;
import io.executionauditor.plan.PlanChange;
import io.executionauditor.plan.StatusUpdate;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook's Updates and Changes sheets are parsed by a second reader while Items is mapped: what the mapping gets
 * from them, and the messages when they cannot be read, are those of reading them in turn.
 */
class PrefetchedSheetsTest {
    @TempDir
    Path dir;

    @Test
    void updatesAndChangesReadMeanwhileArriveInSheetOrderWithTheirRowNumbers() throws Exception {
        Path file = dir.resolve("plan.xlsx");
        XlsxParts.workbook()
                .sheet("Items", worksheet(row(1, "Key", "Owner"), row(2, "A-1", "Ana"), row(3, "A-2", "Bo")))
                .sheet("Updates", worksheet(row(1, "Date", "Key", "Health"), row(2, "2026-03-02", "A-1", "On track"),
                        row(4, "2026-03-03", "A-9", "Off track"), row(5, "2026-03-04", "A-2", "Blocked")))
                .sheet("Changes", worksheet(row(1, "Date", "Key", "Change", "From", "To"),
                        row(2, "2026-03-05", "A-2", "Due changed", "2026-03-10", "2026-03-17")))
                .write(file);

        ImportResult result = new PlanImporter().importPlan(file);

        assertThat(result.plan().updates()).extracting(StatusUpdate::itemKey).containsExactly("A-1", "A-9", "A-2");
        assertThat(result.plan().changes()).extracting(PlanChange::itemKey).containsExactly("A-2");
        assertThat(result.report().issues()).anySatisfy(issue -> {
            assertThat(issue.sheet()).isEqualTo("Updates");
            assertThat(issue.row()).isEqualTo(4);
            assertThat(issue.message()).contains("A-9");
        });
    }

    @Test
    void anUpdatesSheetTheReaderGivesUpOnIsReportedWithItsSheetAndRow() throws Exception {
        Path file = dir.resolve("broken.xlsx");
        XlsxParts.workbook()
                .sheet("Items", worksheet(row(1, "Key"), row(2, "A-1")))
                .sheet("Updates", worksheet(row(1, "Date", "Key"), row(2, "2026-03-02", "A-1"), row(3, "x", "A-1"))
                        .replace("<c r=\"A3\"", "<c r=\"A3\" s=\"first\""))
                .write(file);

        assertThatThrownBy(() -> new PlanImporter().importPlan(file)).isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("broken.xlsx: sheet Updates cannot be read after row 2");
    }

    @Test
    void aWorkbookRefusedBeforeItsUpdatesAreNeededSaysWhyItWasRefused() throws Exception {
        Path file = dir.resolve("noitems.xlsx");
        XlsxParts.workbook().sheet("Updates", worksheet(row(1, "Date", "Key"), row(2, "2026-03-02", "A-1")))
                .write(file);

        assertThatThrownBy(() -> new PlanImporter().importPlan(file)).isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("has no Items sheet");
    }
}
