package io.executionauditor.web;

import io.executionauditor.audit.Audit;
import io.executionauditor.report.ReportFormat;
import io.executionauditor.store.AuditRow;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** A stored audit's report sent as a download, named after the plan and its as-of date. */
public final class ReportFiles {
    /** The formats a download offers, as the API names them. */
    public static final String FORMATS = Arrays.stream(ReportFormat.values()).filter(f -> f != ReportFormat.TEXT)
            .map(ReportFormat::id).collect(Collectors.joining(", "));

    private ReportFiles() {
    }

    public static Optional<ReportFormat> format(String id) {
        return Arrays.stream(ReportFormat.values()).filter(f -> f != ReportFormat.TEXT)
                .filter(f -> f.id().equalsIgnoreCase(id.trim())).findFirst();
    }

    /**
     * Renders into memory first, so a failed render answers an error instead of a truncated file.
     */
    public static void send(AuditRow row, Audit audit, ReportFormat format, HttpServletResponse response)
            throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        format.write(audit, body);
        response.setContentType(format.mediaType());
        String name = fileName(row, format);
        ContentDisposition.Builder disposition = ContentDisposition.attachment();
        boolean ascii = name.chars().allMatch(c -> c < 128);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, (ascii ? disposition.filename(name)
                : disposition.filename(name, java.nio.charset.StandardCharsets.UTF_8)).build().toString());
        response.setContentLengthLong(body.size());
        body.writeTo(response.getOutputStream());
    }

    /** {@code payments-q3-2026-08-07.pdf}: letters, digits and dashes only. */
    static String fileName(AuditRow row, ReportFormat format) {
        String plan = row.planName().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        if (plan.isEmpty()) {
            plan = "audit-" + row.id();
        }
        return (plan.length() > 80 ? plan.substring(0, 80) : plan) + "-" + row.asOf() + "." + format.extension();
    }
}
