package io.executionauditor.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.executionauditor.audit.Audit;
import io.executionauditor.audit.Auditor;
import io.executionauditor.rules.RuleSetLoader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The JSON report of a small plan, compared with a stored golden file: field names, nesting, subject types and
 * evidence are a contract other tools rely on. After an intended change, regenerate with
 * {@code mvn test -Dtest=JsonReportGoldenTest -Dgolden.update=true} and review the diff.
 */
class JsonReportGoldenTest {
    static final Path PLAN = Path.of("src/test/resources/golden/small-sprint");
    static final Path GOLDEN = Path.of("src/test/resources/golden/small-sprint.json");

    @Test
    void reportMatchesTheGoldenFile() throws Exception {
        Audit audit = new Auditor().audit(PLAN, null, new RuleSetLoader().load(Path.of("rules")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReportWriter().write(audit, out);
        String json = out.toString(StandardCharsets.UTF_8)
                .replace("\"version\" : \"" + audit.ruleSetVersion() + "\"", "\"version\" : \"(rule set digest)\"");

        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, json);
        }
        assertThat(json).isEqualTo(Files.readString(GOLDEN));
    }
}
