package io.executionauditor.report;

import io.executionauditor.audit.Audit;
import io.executionauditor.report.csv.CsvReportWriter;
import io.executionauditor.report.html.HtmlReportWriter;
import io.executionauditor.report.json.JsonReportWriter;
import io.executionauditor.report.md.MarkdownReportWriter;
import io.executionauditor.report.pdf.PdfReportWriter;
import io.executionauditor.report.text.TextReportWriter;
import io.executionauditor.report.xlsx.XlsxReportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Every format an audit can be downloaded in: its file extension, media type, and the writer that renders it. */
public enum ReportFormat {
    TEXT("txt", "text/plain; charset=utf-8", false),
    JSON("json", "application/json", false),
    HTML("html", "text/html; charset=utf-8", false),
    PDF("pdf", "application/pdf", true),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true),
    CSV("csv", "text/csv; charset=utf-8", false),
    MD("md", "text/markdown; charset=utf-8", false);

    private final String extension;
    private final String mediaType;
    private final boolean binary;

    ReportFormat(String extension, String mediaType, boolean binary) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.binary = binary;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Binary formats make no sense on a terminal: they need a file. */
    public boolean binary() {
        return binary;
    }

    /** The format a file name asks for by its extension ({@code report.pdf}), if any. */
    public static Optional<ReportFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (ReportFormat format : values()) {
            if (lower.endsWith("." + format.extension) || format == MD && lower.endsWith(".markdown")
                    || format == HTML && lower.endsWith(".htm")) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** Writes the report of {@code audit} in this format; {@code out} is flushed, not closed. */
    public void write(Audit audit, OutputStream out) throws IOException {
        switch (this) {
            case JSON -> {
                new JsonReportWriter().write(audit, out);
                out.write('\n');
            }
            case PDF -> new PdfReportWriter().write(audit, out);
            case XLSX -> new XlsxReportWriter().write(audit, out);
            default -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                writeText(audit, writer);
                writer.flush();
            }
        }
        out.flush();
    }

    private void writeText(Audit audit, Writer writer) throws IOException {
        switch (this) {
            case TEXT -> new TextReportWriter().write(audit, new PrintWriter(writer));
            case HTML -> new HtmlReportWriter().write(audit, writer);
            case CSV -> new CsvReportWriter().write(audit, writer);
            case MD -> new MarkdownReportWriter().write(audit, writer);
            default -> throw new IllegalStateException(this + " is not a text format");
        }
    }
}
