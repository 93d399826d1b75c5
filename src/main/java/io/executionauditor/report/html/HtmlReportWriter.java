package io.executionauditor.report.html;

import io.executionauditor.audit.Audit;
import io.executionauditor.report.AuditReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The audit as one self-contained HTML page: styles inline, charts drawn with HTML and CSS, no script and no
 * external fetch of any kind, so it opens offline and as a mail attachment. Every piece of plan text goes through
 * the template's escaping ({@code th:text}), so a title like {@code <script>} shows as text.
 */
public final class HtmlReportWriter {
    private static final TemplateEngine ENGINE = engine();
    private static final String VERSION = HtmlReportWriter.class.getPackage().getImplementationVersion();
    /** The report's style sheet, which the application's pages link and a report file carries inline. */
    private static final String STYLES = styles();

    public void write(Audit audit, Writer out) {
        render(AuditReport.of(audit), false, out);
    }

    /** Renders the page; {@code forPdf} adds the paged-media styles (page size, running footer, page numbers). */
    public static void render(AuditReport report, boolean forPdf, Writer out) {
        Context context = new Context(java.util.Locale.ENGLISH, Map.of("r", report, "pdf", forPdf, "version",
                VERSION == null ? "(development build)" : VERSION, "styles", STYLES));
        ENGINE.process("report", context, out);
    }

    private static String styles() {
        try (InputStream in = HtmlReportWriter.class.getClassLoader().getResourceAsStream("static/css/report.css")) {
            if (in == null) {
                throw new IllegalStateException("static/css/report.css is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(HtmlReportWriter.class.getClassLoader());
        resolver.setPrefix("templates/report/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
