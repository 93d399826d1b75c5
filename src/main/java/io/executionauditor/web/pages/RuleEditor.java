package io.executionauditor.web.pages;

import io.executionauditor.rules.RuleSet;
import io.executionauditor.importer.UnreadableInputException;
import io.executionauditor.rules.RuleSetException;
import io.executionauditor.store.AuditStore;
import io.executionauditor.web.ActiveRules;
import io.executionauditor.web.AuditService;
import io.executionauditor.web.RuleDrafts;
import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coach's editor: one file of the active rule set (a .drl file or thresholds.yaml) changed in the browser,
 * checked as a draft (compiled, sandboxed, every fixture run) with each problem shown at its line, then published
 * as a new version.
 */
@Controller
class RuleEditor {
    static final String THRESHOLDS = "thresholds.yaml";
    private static final String NEW_RULE = """
            package custom;

            import io.executionauditor.rules.facts.*;
            import io.executionauditor.rules.Subject;
            import io.executionauditor.rules.Evidence;

            global io.executionauditor.rules.FindingSink findings;

            rule "custom.my-rule"
                @id("custom.my-rule")
                @category("custom")
                @severity("warning")
                @title("A short title")
                @description("What the rule finds, exactly.")
                @message("{subject}: what is wrong.")
                @recommendation("What a manager can do about it.")
            when
                $i : ItemFact()
            then
                // findings.raise(drools, Subject.item($i.key()), Evidence.none());
            end
            """;

    private static final String NEW_EXPECT = """
            description: What this case shows.
            asOf: 2026-03-10
            expect:
              - subject: A-1
            absent:
              - subject: A-2
            """;
    private static final String NEW_PLAN = "Key,Title,Owner,Team,Status,Estimate,Period,Due\n"
            + "A-1,An item that must be found,Ana,Team A,In progress,3,Sprint 1,2026-03-13\n"
            + "A-2,An item that must not,Ben,Team A,In progress,3,Sprint 1,2026-03-13\n";

    private final ActiveRules rules;
    private final RuleDrafts drafts;
    private final AuditService service;
    private final AuditStore audits;

    RuleEditor(ActiveRules rules, RuleDrafts drafts, AuditService service, AuditStore audits) {
        this.rules = rules;
        this.drafts = drafts;
        this.service = service;
        this.audits = audits;
    }

    @GetMapping("/rules/edit")
    String edit(@RequestParam(defaultValue = THRESHOLDS) String file, Principal user, Model model) {
        String name = checkedName(file);
        model.addAttribute("content", drafts.read(user.getName(), name).orElse(skeleton(name)));
        return page(name, user, model);
    }

    /** Opens a new fixture case of a rule: its plan first, its expectations one click away. */
    @GetMapping("/rules/fixture")
    String newFixture(@RequestParam String rule, @RequestParam("case") String caseName) {
        // checked before it becomes a redirect, where braces would be taken for template variables (a 500)
        String file = "tests/" + rule.strip() + "/" + caseName.strip() + ".csv";
        return "redirect:/rules/edit?file=" + checkedName(file);
    }

    @PostMapping("/rules/edit")
    String submit(@RequestParam String file, @RequestParam String content, @RequestParam String action,
            @RequestParam(defaultValue = "") String note, @RequestParam(required = false) Long audit,
            Principal user, Model model, RedirectAttributes flash) {
        String name = checkedName(file);
        drafts.write(user.getName(), name, content);
        model.addAttribute("content", content);
        byte[] draft = drafts.zip(user.getName());
        if ("publish".equals(action)) {
            try {
                RuleSet published = rules.publish(draft, user.getName(), note.isBlank() ? "edited " + name : note);
                drafts.discard(user.getName());
                flash.addFlashAttribute("message", "Published rule set " + published.version() + " ("
                        + published.catalogue().size() + " rules): the next audits use it.");
                return "redirect:/rules";
            } catch (ActiveRules.Refused e) {
                model.addAttribute("problems", e.problems());
                model.addAttribute("lines", linesOf(e.problems(), name));
                model.addAttribute("refused", true);
                return page(name, user, model);
            }
        }
        if ("save".equals(action)) {
            model.addAttribute("saved", true);
            return page(name, user, model);
        }
        ActiveRules.Check check = rules.check(draft);
        model.addAttribute("check", check);
        model.addAttribute("problems", check.problems());
        model.addAttribute("lines", linesOf(check.problems(), name));
        if ("dryrun".equals(action) && audit != null && check.ruleSet() != null) {
            try {
                model.addAttribute("dryRun", service.dryRun(audit, check.ruleSet()));
            } catch (UnreadableInputException | RuleSetException | RuntimeException e) {
                model.addAttribute("dryRunError", e.getMessage());
            }
        }
        return page(name, user, model);
    }

    @PostMapping("/rules/draft/discard")
    String discard(Principal user, RedirectAttributes flash) {
        drafts.discard(user.getName());
        flash.addFlashAttribute("message", "Your draft is discarded; the editor starts again from the active rules.");
        return "redirect:/rules";
    }

    private String page(String name, Principal user, Model model) {
        model.addAttribute("file", name);
        model.addAttribute("files", drafts.files(user.getName()));
        model.addAttribute("draftBase", drafts.base(user.getName()).orElse(null));
        model.addAttribute("activeVersion", rules.get().version());
        model.addAttribute("ruleIds", rules.get().catalogue().stream().map(r -> r.id()).toList());
        model.addAttribute("mode", name.endsWith(".drl") ? "text/x-java" : name.endsWith(".yaml") ? "yaml" : "null");
        model.addAttribute("recentAudits", audits.list().stream().limit(20).toList());
        if (name.endsWith(".csv") && name.startsWith("tests/") && !name.matches(".*/[A-Za-z]+/[A-Za-z]+\\.csv")) {
            model.addAttribute("companion", name.replaceFirst("\\.csv$", ".expect.yaml"));
        } else if (name.endsWith(".expect.yaml")) {
            model.addAttribute("companion", name.replaceFirst("\\.expect\\.yaml$", ".csv"));
        }
        return "rule-editor";
    }

    private static String skeleton(String name) {
        return name.endsWith(".drl") ? NEW_RULE : name.endsWith(".expect.yaml") ? NEW_EXPECT
                : name.endsWith(".csv") ? NEW_PLAN : "";
    }

    /** The line numbers of problems reported in {@code name} ({@code .../ownership.drl:12:5: ...}). */
    static Set<Integer> linesOf(List<String> problems, String name) {
        Pattern at = Pattern.compile("(?:^|[/\\\\ ])" + Pattern.quote(name) + ":(\\d+)");
        Set<Integer> lines = new LinkedHashSet<>();
        for (String problem : problems) {
            Matcher m = at.matcher(problem);
            if (m.find()) {
                lines.add(Integer.parseInt(m.group(1)));
            }
        }
        return lines;
    }

    private static String checkedName(String file) {
        String name = file.strip();
        if (!RuleDrafts.FILE.matcher(name).matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a rules file is a name ending in .drl, "
                    + THRESHOLDS + ", or a fixture file under tests/<rule id>/ (no other folders)");
        }
        return name;
    }
}
