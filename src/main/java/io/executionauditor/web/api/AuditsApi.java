package io.executionauditor.web.api;

import io.executionauditor.audit.Audit;
import io.executionauditor.importer.UnreadableInputException;
import io.executionauditor.report.ReportFormat;
import io.executionauditor.report.json.JsonReportWriter;
import io.executionauditor.rules.RuleInfo;
import io.executionauditor.rules.RuleSetException;
import io.executionauditor.store.AuditRow;
import io.executionauditor.store.AuditStore;
import io.executionauditor.store.Fingerprint;
import io.executionauditor.web.Acceptances;
import io.executionauditor.web.ActiveRules;
import io.executionauditor.web.AuditService;
import io.executionauditor.web.ReportFiles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The REST contract of DESIGN.md section 8: upload, list, fetch, download, and the active rules. */
@RestController
@Tag(name = "audits")
class AuditsApi {
    private final AuditService service;
    private final AuditStore audits;
    private final ActiveRules rules;
    private final Acceptances acceptances;

    AuditsApi(AuditService service, AuditStore audits, ActiveRules rules, Acceptances acceptances) {
        this.service = service;
        this.audits = audits;
        this.rules = rules;
        this.acceptances = acceptances;
    }

    /** Accept a finding, named by its rule and subject as the report gives them, with the reason it is agreed. */
    record AcceptRequest(String ruleId, String subjectType, String subjectId, String period, String reason) {
        String fingerprint() {
            return Fingerprint.of(ruleId, subjectType, subjectId, period);
        }
    }

    record Accepted(long id, long audit, String ruleId, String subjectType, String subjectId, String period,
            String reason) {
    }

    /** A stored audit as the list shows it. */
    record Summary(long id, String plan, LocalDate asOf, Instant createdAt, String ruleSetVersion, int healthScore,
            int findings) {
        static Summary of(AuditRow row) {
            return new Summary(row.id(), row.planName(), row.asOf(), row.createdAt(), row.ruleSetVersion(),
                    row.healthScore(), row.findings());
        }
    }

    /** A rule of the active set. */
    record Rule(String id, String category, String severity, String title, String description) {
        static Rule of(RuleInfo info) {
            return new Rule(info.id(), info.category(), info.severity().id(), info.title(), info.description());
        }
    }

    @Operation(summary = "Upload a plan: it is imported, audited with the active rules and stored")
    @PostMapping(path = "/api/audits", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    void upload(@RequestPart("file") MultipartFile file,
            @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Principal user, HttpServletResponse response)
            throws IOException, UnreadableInputException, RuleSetException {
        AuditRow row;
        try (InputStream in = file.getInputStream()) {
            row = service.auditUpload(in, file.getOriginalFilename(), asOf, user.getName());
        }
        response.setStatus(HttpStatus.CREATED.value());
        response.setHeader(HttpHeaders.LOCATION, "/api/audits/" + row.id());
        writeReport(row.id(), response);
    }

    @Operation(summary = "Audit a stored audit's file again with the active rules and the same as-of date, as a new"
            + " audit of the plan")
    @PostMapping(path = "/api/audits/{id}/rerun", produces = MediaType.APPLICATION_JSON_VALUE)
    void rerun(@PathVariable long id, Principal user, HttpServletResponse response)
            throws IOException, UnreadableInputException, RuleSetException {
        if (audits.find(id).isEmpty()) {
            throw notFound(id);
        }
        AuditRow row = service.rerun(id, user.getName());
        response.setStatus(HttpStatus.CREATED.value());
        response.setHeader(HttpHeaders.LOCATION, "/api/audits/" + row.id());
        writeReport(row.id(), response);
    }

    @Operation(summary = "Every stored audit, newest first")
    @GetMapping(path = "/api/audits", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Summary> list() {
        return audits.list().stream().map(Summary::of).toList();
    }

    @Operation(summary = "One audit: the JSON report of DESIGN.md section 7 with its id")
    @GetMapping(path = "/api/audits/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    void get(@PathVariable long id, HttpServletResponse response) throws IOException {
        writeReport(id, response);
    }

    @Operation(summary = "One audit's report as a file: html, pdf, xlsx, csv, md or json")
    @GetMapping("/api/audits/{id}/report")
    void report(@PathVariable long id, @RequestParam(defaultValue = "html") String format,
            HttpServletResponse response) throws IOException {
        ReportFormat chosen = ReportFiles.format(format)
                .orElseThrow(() -> new ApiProblems.BadRequest("format \"" + format + "\" is not one of "
                        + ReportFiles.FORMATS));
        AuditRow row = audits.find(id).orElseThrow(() -> notFound(id));
        Audit audit = audits.content(id).orElseThrow(() -> notFound(id));
        ReportFiles.send(row, audit, chosen, response);
    }

    @Operation(summary = "Accept a finding of this audit as a known risk: it stays accepted in later audits of the"
            + " plan until withdrawn")
    @PostMapping(path = "/api/audits/{id}/acceptances", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Accepted accept(@PathVariable long id, @RequestBody AcceptRequest request, Principal user) {
        try {
            long acceptance = acceptances.accept(id, request.fingerprint(), request.reason(), user.getName());
            return new Accepted(acceptance, id, request.ruleId(), request.subjectType(), request.subjectId(),
                    request.period(), request.reason().strip());
        } catch (Acceptances.Refused e) {
            throw e.notFound() ? new ApiProblems.NotFound(e.getMessage()) : new ApiProblems.BadRequest(e.getMessage());
        }
    }

    @Operation(summary = "Withdraw an acceptance")
    @DeleteMapping("/api/acceptances/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(@PathVariable long id, Principal user) {
        if (!acceptances.withdraw(id, user.getName())) {
            throw new ApiProblems.NotFound("there is no acceptance " + id + " in force");
        }
    }

    @Operation(summary = "The active rules")
    @GetMapping(path = "/api/rules", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Rule> rules() {
        return rules.get().catalogue().stream().map(Rule::of).toList();
    }

    private void writeReport(long id, HttpServletResponse response) throws IOException {
        Audit audit = audits.content(id).orElseThrow(() -> notFound(id));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        new JsonReportWriter().write(audit, response.getOutputStream(), id);
    }

    private static ApiProblems.NotFound notFound(long id) {
        return new ApiProblems.NotFound("there is no audit " + id);
    }
}
