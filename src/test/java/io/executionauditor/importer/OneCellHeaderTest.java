package io.executionauditor.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A header that came in as one cell: the file was split by a character the reader does not take for a separator. */
class OneCellHeaderTest {
    @TempDir
    Path dir;

    @Test
    void theSeparatorNextToTheKeyColumnIsNamed() {
        assertThat(ItemsMapper.separatorInOneCell(List.of("Key|Title|Owner"))).isEqualTo('|');
        assertThat(ItemsMapper.separatorInOneCell(List.of("Title#Owner#Issue key"))).isEqualTo('#');
        assertThat(ItemsMapper.separatorInOneCell(List.of("Title ¦ ID ¦ Owner"))).isEqualTo('¦');
    }

    @Test
    void aHeaderWithoutAKeyColumnNamesNoSeparator() {
        assertThat(ItemsMapper.separatorInOneCell(List.of("Title|Owner|Keys"))).isNull();
        assertThat(ItemsMapper.separatorInOneCell(List.of("Title|Owner"))).isNull();
        assertThat(ItemsMapper.separatorInOneCell(List.of("Key", "Title|Owner"))).isNull();
    }

    @Test
    void theMessageSaysWhichCharacterSplitsTheColumns() throws Exception {
        Path file = dir.resolve("plan.csv");
        Files.writeString(file, "Title#Owner#Key\nLogin#Ana#A-1\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new PlanImporter().importPlan(file)).isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("plan.csv: the Items sheet's header (row 1) is one cell")
                .hasMessageContaining("seem separated by '#'");
    }

    /** A fuzzed file of 30 KB once took a second here: every symbol re-split the whole cell. */
    @Test
    void aHugeOneCellHeaderIsLookedAtInOnePass() {
        String symbols = "§¤©®°±¶·×÷".repeat(50_000);

        Character separator = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> ItemsMapper.separatorInOneCell(List.of(symbols + "|Key")));

        assertThat(separator).isEqualTo('|');
    }
}
