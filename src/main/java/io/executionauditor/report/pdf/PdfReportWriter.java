package io.executionauditor.report.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import io.executionauditor.audit.Audit;
import io.executionauditor.report.AuditReport;
import io.executionauditor.report.html.HtmlReportWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * The HTML report, paginated into a PDF by openhtmltopdf (no browser at run time): A4, page numbers, the plan's
 * name in every footer, charts as drawn in HTML, at most {@link #FINDINGS_PER_RULE} findings of each rule printed
 * one by one. Text is set in the embedded DejaVu fonts so any plan text prints,
 * whatever its script.
 */
public final class PdfReportWriter {
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    /**
     * Findings of one rule printed one by one; beyond this the PDF says how many more there are. A meeting reads a
     * few examples per rule, and the renderer lays out the whole document in memory, so thousands of findings
     * would make thousands of pages and gigabytes of heap.
     */
    public static final int FINDINGS_PER_RULE = 25;
    /** People in the load table beyond this are left out but for those over capacity (a page or two of them). */
    public static final int LOAD_ROWS = 60;

    static {
        // through slf4j, so the renderer's notes follow the application's log level instead of going to stderr
        XRLog.setLoggerImpl(new Slf4jLogger());
    }

    public void write(Audit audit, OutputStream out) throws IOException {
        StringWriter html = new StringWriter();
        HtmlReportWriter.render(AuditReport.of(audit).shortened(FINDINGS_PER_RULE, LOAD_ROWS), true, html);
        org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse(html.toString()));
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        font(builder, "DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL);
        font(builder, "DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL);
        font(builder, "DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, FontStyle.ITALIC);
        font(builder, "DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, FontStyle.NORMAL);
        builder.withW3cDocument(document, null);
        builder.useUriResolver((base, uri) -> null);
        builder.toStream(out);
        builder.run();
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight, FontStyle style) {
        builder.useFont(() -> {
            InputStream in = PdfReportWriter.class.getResourceAsStream(FONTS + file);
            if (in == null) {
                throw new UncheckedIOException(new IOException("font " + file + " is missing from the build"));
            }
            return in;
        }, family, weight, style, true);
    }
}
