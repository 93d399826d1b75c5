package io.executionauditor.web.pages;

import io.executionauditor.audit.Audit;
import io.executionauditor.report.AuditReport;
import io.executionauditor.report.AuditReport.FindingView;
import io.executionauditor.report.ReportFormat;
import io.executionauditor.store.AcceptanceStore;
import io.executionauditor.store.AuditRow;
import io.executionauditor.store.AuditStore;
import io.executionauditor.store.Fingerprint;
import io.executionauditor.importer.UnreadableInputException;
import io.executionauditor.rules.RuleSetException;
import io.executionauditor.web.Acceptances;
import io.executionauditor.web.ActiveRules;
import io.executionauditor.web.AuditService;
import io.executionauditor.web.ReportFiles;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The audits list and one audit's page. */
@Controller
class AuditPages {
    private final AuditStore audits;
    private final AcceptanceStore acceptances;
    private final Acceptances acceptance;
    private final AuditService service;
    private final ActiveRules rules;

    AuditPages(AuditStore audits, AcceptanceStore acceptances, Acceptances acceptance, AuditService service,
            ActiveRules rules) {
        this.audits = audits;
        this.acceptances = acceptances;
        this.acceptance = acceptance;
        this.service = service;
        this.rules = rules;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/audits";
    }

    @GetMapping("/audits")
    String list(Model model) {
        model.addAttribute("audits", audits.list());
        return "audits";
    }

    @GetMapping("/audits/{id}")
    String audit(@PathVariable long id, @RequestParam(required = false) String category,
            @RequestParam(required = false) String severity, @RequestParam(required = false) String team,
            @RequestParam(required = false) String person, @RequestParam(required = false) String change,
            Model model) {
        AuditRow row = audits.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "there is no audit " + id));
        AuditReport report = AuditReport.of(load(id));
        AuditView.Comparison comparison = audits.previous(row).map(previous -> compare(row, report, previous))
                .orElse(null);
        model.addAttribute("view", AuditView.of(row, report,
                new AuditView.Filters(category, severity, team, person, change), comparison,
                acceptances.inForce(row.planKey())));
        model.addAttribute("r", report);
        model.addAttribute("activeRules", rules.get().version());
        model.addAttribute("formats", Arrays.stream(ReportFormat.values())
                .filter(f -> ReportFiles.format(f.id()).isPresent()).toList());
        return "audit";
    }

    /** Accepts a finding of this audit's plan as a known risk; it stays accepted in later audits of the plan. */
    @PostMapping("/audits/{id}/accept")
    String accept(@PathVariable long id, @RequestParam String fingerprint, @RequestParam String reason,
            Principal user) {
        try {
            acceptance.accept(id, fingerprint, reason, user.getName());
        } catch (Acceptances.Refused e) {
            throw new ResponseStatusException(e.notFound() ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST,
                    e.getMessage());
        }
        return "redirect:/audits/" + id + "#accepted";
    }

    @PostMapping("/audits/{id}/rerun")
    String rerun(@PathVariable long id, Principal user) throws UnreadableInputException, RuleSetException {
        if (audits.find(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "there is no audit " + id);
        }
        return "redirect:/audits/" + service.rerun(id, user.getName()).id();
    }

    @PostMapping("/audits/{id}/acceptances/{acceptanceId}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable long acceptanceId, Principal user) {
        acceptance.withdraw(acceptanceId, user.getName());
        return "redirect:/audits/" + id;
    }

    private AuditView.Comparison compare(AuditRow row, AuditReport report, AuditRow previous) {
        Set<String> before = audits.fingerprints(previous.id());
        Set<String> now = audits.fingerprints(row.id());
        List<FindingView> resolved = AuditReport.of(load(previous.id())).findings().stream()
                .filter(f -> !now.contains(Fingerprint.of(f.finding()))).toList();
        int open = (int) report.findings().stream().filter(f -> before.contains(Fingerprint.of(f.finding())))
                .count();
        return new AuditView.Comparison(previous, before, resolved, report.findings().size() - open, open,
                row.healthScore() - previous.healthScore());
    }

    private Audit load(long id) {
        return audits.content(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "there is no audit " + id));
    }
}
