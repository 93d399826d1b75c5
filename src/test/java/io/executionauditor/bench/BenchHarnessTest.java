package io.executionauditor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.executionauditor.bench.FindingsCheck.Difference;
import io.executionauditor.bench.PerformancePlot.Point;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scale benchmark's pieces (scripts/benchmark.sh runs them): what they count, parse and draw. */
class BenchHarnessTest {

    @Test
    void floorCountsEveryCellWithAValueOnEverySheet(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plan.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet items = workbook.createSheet("Items");
            Row header = items.createRow(0);
            header.createCell(0).setCellValue("Key");
            header.createCell(1).setCellValue("Title");
            Row item = items.createRow(1);
            item.createCell(0).setCellValue("A-1");
            item.createCell(4).setCellValue(2.5);                 // a gap of three columns before it
            CellStyle bold = workbook.createCellStyle();
            item.createCell(6).setCellStyle(bold);                // styled but empty: no value, not counted
            Row updates = workbook.createSheet("Updates").createRow(3); // rows 0-2 absent
            updates.createCell(0).setCellValue(LocalDate.of(2026, 8, 7));
            updates.createCell(1).setCellValue(true);
            workbook.write(out);
        }

        CellReadFloor.Count count = CellReadFloor.read(file);

        assertThat(count.sheets()).isEqualTo(2);
        assertThat(count.rows()).isEqualTo(3);
        assertThat(count.cells()).isEqualTo(6);
        assertThat(count.characters()).isPositive();
    }

    @Test
    void findingsAreCountedPerRuleAndComparedWithWhatWasPlanted(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("audit.json");
        Files.writeString(report, """
                {"plan": {"name": "p", "items": 3, "people": 1},
                 "summary": {"findings": 3, "byCategory": {"ownership": 2}},
                 "findings": [
                   {"ruleId": "ownership.no-owner", "evidence": [{"ruleId": "nested, not a finding"}]},
                   {"ruleId": "ownership.no-owner", "subject": {"items": ["A-1"]}},
                   {"ruleId": "optimism.missing-estimate"}],
                 "schedule": {"rows": []}}
                """);
        Path planted = dir.resolve("plan.expected.json");
        Files.writeString(planted, """
                {"ownership.no-owner": 2, "optimism.missing-estimate": 2, "communication.watermelon": 0}
                """);

        FindingsCheck.Report read = FindingsCheck.read(report);

        assertThat(read.items()).isEqualTo(3);
        assertThat(read.findings()).isEqualTo(3);
        assertThat(read.findingsByRule()).containsExactlyInAnyOrderEntriesOf(
                Map.of("ownership.no-owner", 2, "optimism.missing-estimate", 1));
        assertThat(FindingsCheck.compare(FindingsCheck.expected(planted), read.findingsByRule()))
                .containsExactly(new Difference("optimism.missing-estimate", 2, 1));
    }

    @Test
    void peakHeapIsTheLargestOccupancyBeforeACollectionOrAtExit() {
        GcLog.Heap heap = GcLog.parse(List.of(
                "[0.007s][info][gc] Using G1",
                "[0.342s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 18M->2M(380M) 6.102ms",
                "[2.156s][info][gc] GC(3) Pause Young (Concurrent Start) (Metadata GC Threshold) 187M->16M(380M) 12ms",
                "[2.177s][info][gc] GC(4) Pause Remark 17M->17M(64M) 4.912ms",
                "[4.1s][info][gc] GC(9) Pause Full (G1 Compaction Pause) 1G->600M(1G) 900.1ms",
                "[4.560s][info][gc,heap,exit]  garbage-first heap   total 231424K, used 47028K [0x00000000c0000000"));

        assertThat(heap).isEqualTo(new GcLog.Heap(1024, 600, 1024, 4));
        assertThat(GcLog.parse(List.of("[4.5s][info][gc,heap,exit]  garbage-first heap   total 231424K, used 47028K")))
                .isEqualTo(new GcLog.Heap(46, 0, 226, 0));
    }

    @Test
    void plotPutsEachPlanSizeWhereItsItemsAndSecondsAre(@TempDir Path dir) throws IOException {
        Path results = dir.resolve("results.tsv");
        Files.writeString(results, """
                items\tpeople\tfloor_s\taudit_s
                100000\t2000\t4.0\t5.6
                10000\t200\t0.8\t1.0
                """);

        List<Point> points = PerformancePlot.read(results);
        String svg = PerformancePlot.svg(points, "2 cores & <1 GiB>");

        assertThat(points).containsExactly(new Point(10000, 0.8, 1.0), new Point(100000, 4.0, 5.6));
        // x: 0..100,000 across the plot; y: 0..6 s (1.5 x the floor of 4 s), whole seconds
        double left = PerformancePlot.LEFT;
        double width = PerformancePlot.WIDTH - PerformancePlot.LEFT - PerformancePlot.RIGHT;
        double bottom = PerformancePlot.HEIGHT - PerformancePlot.BOTTOM;
        double height = PerformancePlot.HEIGHT - PerformancePlot.TOP - PerformancePlot.BOTTOM;
        assertLine(svg, "audit", left + width / 10, bottom - height * 1.0 / 6, left + width, bottom - height * 5.6 / 6);
        assertLine(svg, "floor", left + width / 10, bottom - height * 0.8 / 6, left + width, bottom - height * 4.0 / 6);
        assertLine(svg, "budget", left + width / 10, bottom - height * 1.2 / 6, left + width, bottom - height);
        assertThat(svg).contains(">100,000</text>", ">6</text>", "2 cores &amp; &lt;1 GiB&gt;")
                .doesNotContain(">7</text>");
    }

    /** The series' line passes through the points (x, y, x, y...), to the 0.1 px the SVG is written with. */
    private static void assertLine(String svg, String series, Double... expected) {
        Matcher matcher = Pattern.compile("<polyline class=\"" + series + "\" points=\"([^\"]*)\"").matcher(svg);
        assertThat(matcher.find()).as("a line for " + series).isTrue();
        assertThat(Pattern.compile("[ ,]").splitAsStream(matcher.group(1)).map(Double::valueOf).toList())
                .as(series).usingElementComparator((a, b) -> Math.abs(a - b) <= 0.05 ? 0 : Double.compare(a, b))
                .containsExactly(expected);
    }
}
