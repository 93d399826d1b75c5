package io.executionauditor.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.executionauditor.audit.Audit;
import io.executionauditor.audit.Auditor;
import io.executionauditor.report.ReportFormat;
import io.executionauditor.rules.RuleSetLoader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A stored audit reads back into the same audit: every text report renders byte for byte as before. */
class AuditCodecTest {
    @Test
    void storedAuditRendersExactlyAsTheOriginal() throws Exception {
        Audit audit = new Auditor().audit(Path.of("samples/website-relaunch.csv"), LocalDate.of(2026, 11, 23),
                new RuleSetLoader().load(Path.of("rules")));

        byte[] stored = AuditCodec.encode(audit);
        Audit back = AuditCodec.decode(stored);

        assertThat(stored.length).isLessThan(64 * 1024);
        for (ReportFormat format : new ReportFormat[] {ReportFormat.JSON, ReportFormat.HTML, ReportFormat.MD,
                ReportFormat.CSV, ReportFormat.TEXT}) {
            assertThat(render(back, format)).as(format.id()).isEqualTo(render(audit, format));
        }
        assertThat(back.plan()).isEqualTo(audit.plan());
        assertThat(back.load()).isEqualTo(audit.load());
    }

    private static String render(Audit audit, ReportFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(audit, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
