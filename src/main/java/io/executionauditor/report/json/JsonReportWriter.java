package io.executionauditor.report.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.executionauditor.audit.Audit;
import io.executionauditor.audit.HealthScore;
import io.executionauditor.importer.ImportIssue;
import io.executionauditor.report.AuditReport;
import io.executionauditor.report.AuditReport.ScheduleRow;
import io.executionauditor.report.AuditReport.ScheduleSection;
import io.executionauditor.report.AuditSummary;
import io.executionauditor.rules.Finding;
import io.executionauditor.rules.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/** Writes the JSON report of DESIGN.md section 7, streaming, field for field. */
public final class JsonReportWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    public void write(Audit audit, OutputStream out) throws IOException {
        write(audit, out, null);
    }

    /** Writes the report; {@code id}, when given, is added first (the web's stored audit id). */
    public void write(Audit audit, OutputStream out, Long id) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            if (id != null) {
                json.writeNumberField("id", id);
            }
            writePlan(audit, json);
            json.writeStringField("asOf", audit.asOf().toString());
            json.writeObjectFieldStart("ruleSet");
            json.writeStringField("version", audit.ruleSetVersion());
            json.writeNumberField("rules", audit.rules().size());
            json.writeEndObject();
            writeSummary(audit, json);
            writeHealth(audit, json);
            json.writeArrayFieldStart("findings");
            for (Finding finding : audit.findings()) {
                writeFinding(finding, json);
            }
            json.writeEndArray();
            writeSchedule(AuditReport.scheduleOf(audit), json);
            json.writeArrayFieldStart("importIssues");
            for (ImportIssue issue : audit.importReport().issues()) {
                json.writeStartObject();
                json.writeStringField("sheet", issue.sheet());
                json.writeNumberField("row", issue.row());
                json.writeStringField("column", issue.column());
                json.writeStringField("severity", issue.level().id());
                json.writeStringField("message", issue.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writePlan(Audit audit, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("plan");
        json.writeStringField("name", audit.plan().name());
        json.writeStringField("source", audit.plan().source());
        json.writeNumberField("items", audit.plan().items().size());
        json.writeNumberField("people", audit.plan().people().size());
        json.writeNumberField("periods", audit.plan().periods().size());
        json.writeEndObject();
    }

    private static void writeSummary(Audit audit, JsonGenerator json) throws IOException {
        AuditSummary summary = AuditSummary.of(audit);
        json.writeObjectFieldStart("summary");
        json.writeNumberField("findings", summary.findings());
        json.writeObjectFieldStart("bySeverity");
        for (Severity severity : Severity.values()) {
            json.writeNumberField(severity.id(), summary.bySeverity().get(severity));
        }
        json.writeEndObject();
        json.writeObjectFieldStart("byCategory");
        for (Map.Entry<String, Integer> category : summary.byCategory().entrySet()) {
            json.writeNumberField(category.getKey(), category.getValue());
        }
        json.writeEndObject();
        json.writeNumberField("healthScore", audit.healthScore().score());
        json.writeEndObject();
    }

    /** The score's arithmetic, beside the contract's {@code summary.healthScore}: how the number came about. */
    private static void writeHealth(Audit audit, JsonGenerator json) throws IOException {
        HealthScore health = audit.healthScore();
        json.writeObjectFieldStart("health");
        json.writeNumberField("score", health.score());
        json.writeStringField("verdict", health.verdict());
        json.writeNumberField("penalty", health.penalty());
        json.writeNumberField("allowance", health.allowance());
        json.writeObjectFieldStart("weights");
        for (Severity severity : Severity.values()) {
            json.writeNumberField(severity.id(), HealthScore.WEIGHTS.get(severity));
        }
        json.writeEndObject();
        json.writeNumberField("allowancePerItemAndPerson", HealthScore.POINTS_PER_SUBJECT);
        json.writeStringField("formula", HealthScore.FORMULA);
        json.writeEndObject();
    }

    /**
     * An addition to the contract: every schedule-quality check, applicable or not (a tool counts them; only people
     * need a plan none applies to said in one line). Measures are {@code null} on a check that is not applicable,
     * and {@code applicable} too on one the rule set has no rule for (it was not measured);
     * {@code metric} and {@code threshold} are in {@code unit} (a percentage as 7.5); {@code items} are all the tasks
     * behind the metric.
     */
    private static void writeSchedule(ScheduleSection schedule, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("schedule");
        for (ScheduleRow row : schedule.checks()) {
            json.writeStartObject();
            json.writeStringField("ruleId", row.ruleId());
            json.writeStringField("title", row.title());
            writeValue(row.applicable(), json, "applicable");
            json.writeStringField("notApplicableBecause", row.notApplicableBecause());
            writeValue(row.metric(), json, "metric");
            json.writeStringField("unit", row.unit());
            writeValue(row.threshold(), json, "threshold");
            json.writeStringField("comparison", row.comparison());
            writeValue(row.count(), json, "count");
            writeValue(row.total(), json, "total");
            json.writeStringField("result", row.resultLabel());
            json.writeFieldName("items");
            writeValue(row.items(), json);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeValue(Object value, JsonGenerator json, String field) throws IOException {
        json.writeFieldName(field);
        writeValue(value, json);
    }

    private static void writeFinding(Finding finding, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        json.writeStringField("category", finding.category());
        json.writeStringField("severity", finding.severity().id());
        json.writeObjectFieldStart("subject");
        json.writeStringField("type", finding.subject().type().id());
        json.writeStringField("id", finding.subject().id());
        if (finding.subject().period() != null) {
            json.writeStringField("period", finding.subject().period());
        }
        json.writeEndObject();
        json.writeStringField("title", finding.title());
        json.writeStringField("message", finding.message());
        json.writeObjectFieldStart("evidence");
        for (Map.Entry<String, Object> entry : finding.evidence().entrySet()) {
            json.writeFieldName(entry.getKey());
            writeValue(entry.getValue(), json);
        }
        json.writeEndObject();
        json.writeStringField("recommendation", finding.recommendation());
        json.writeEndObject();
    }

    private static void writeValue(Object value, JsonGenerator json) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Collection<?> list) {
            json.writeStartArray();
            for (Object element : list) {
                writeValue(element, json);
            }
            json.writeEndArray();
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof Double number) {
            json.writeNumber(number);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof LocalDate date) {
            json.writeString(date.toString());
        } else {
            json.writeString(String.valueOf(value));
        }
    }
}
