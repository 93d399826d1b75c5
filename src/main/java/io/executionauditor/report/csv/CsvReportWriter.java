package io.executionauditor.report.csv;

import io.executionauditor.audit.Audit;
import io.executionauditor.report.AuditReport;
import io.executionauditor.report.AuditReport.FindingView;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One row per finding, in the stable column order of {@link #COLUMNS} (documented in the README), UTF-8 with a
 * byte-order mark so spreadsheets read accents right. Every cell a spreadsheet would run as a formula is
 * neutralised by {@link #neutralise}.
 */
public final class CsvReportWriter {
    public static final List<String> COLUMNS = List.of("plan", "asOf", "severity", "category", "ruleId",
            "subjectType", "subject", "period", "itemTitle", "title", "message", "evidence", "recommendation");

    public void write(Audit audit, Writer out) throws IOException {
        AuditReport report = AuditReport.of(audit);
        out.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new))
                .build());
        for (FindingView finding : report.findings()) {
            csv.printRecord(List.of(report.plan().name(), report.plan().asOf(), finding.severity(),
                    finding.category(), finding.ruleId(), finding.subjectType(), finding.subjectId(),
                    orEmpty(finding.period()), orEmpty(finding.subjectTitle()), orEmpty(finding.title()),
                    orEmpty(finding.message()), finding.evidenceText(), orEmpty(finding.recommendation()))
                    .stream().map(CsvReportWriter::neutralise).toList());
        }
        csv.flush();
    }

    /**
     * Text a spreadsheet would evaluate (starting with {@code = + - @}, tab or carriage return) gets a leading
     * apostrophe, so it opens as the text it is (OWASP's advice on CSV injection).
     */
    public static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + text : text;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
