package io.executionauditor.web.pages;

import io.executionauditor.rules.RuleInfo;
import io.executionauditor.rules.RuleSet;
import io.executionauditor.store.AuditStore;
import io.executionauditor.store.RuleSetStore;
import io.executionauditor.web.ActiveRules;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The rule catalogue for coaches: every active rule, its thresholds and how often it fired lately. */
@Controller
class RulePages {
    static final int RECENT_AUDITS = 20;

    private final ActiveRules rules;
    private final RuleSetStore versions;
    private final AuditStore audits;

    RulePages(ActiveRules rules, RuleSetStore versions, AuditStore audits) {
        this.rules = rules;
        this.versions = versions;
        this.audits = audits;
    }

    /** One rule as the catalogue shows it. */
    public record Entry(RuleInfo rule, List<String> thresholds, int findings, int audits) {
        /** The rule's file, as the editor names it. */
        public String file() {
            return java.nio.file.Path.of(rule.file()).getFileName().toString();
        }
    }

    @GetMapping("/rules")
    String catalogue(Model model) {
        RuleSet active = rules.get();
        Map<String, int[]> fired = audits.firings(RECENT_AUDITS);
        List<Entry> entries = active.catalogue().stream().map(rule -> {
            int[] counts = fired.getOrDefault(rule.id(), new int[2]);
            return new Entry(rule, active.thresholds().describe(rule.id()), counts[0], counts[1]);
        }).toList();
        model.addAttribute("ruleSet", active);
        model.addAttribute("entries", entries);
        model.addAttribute("versions", versions.list());
        model.addAttribute("recent", Math.min(RECENT_AUDITS, audits.list().size()));
        return "rules";
    }
}
