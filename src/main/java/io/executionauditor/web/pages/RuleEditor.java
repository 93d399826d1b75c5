package io.executionauditor.web.pages;

import io.executionauditor.rules.RuleFolder;
import io.executionauditor.rules.RuleSet;
import io.executionauditor.importer.UnreadableInputException;
import io.executionauditor.rules.RuleSetException;
import io.executionauditor.store.AuditStore;
import io.executionauditor.web.ActiveRules;
import io.executionauditor.web.AuditService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.FileSystemUtils;
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
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_-]+\\.drl|" + Pattern.quote(THRESHOLDS));
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

    private final ActiveRules rules;
    private final AuditService service;
    private final AuditStore audits;

    RuleEditor(ActiveRules rules, AuditService service, AuditStore audits) {
        this.rules = rules;
        this.service = service;
        this.audits = audits;
    }

    @GetMapping("/rules/edit")
    String edit(@RequestParam(defaultValue = THRESHOLDS) String file, Model model) {
        String name = checkedName(file);
        Path path = rules.folder().resolve(name);
        model.addAttribute("content", Files.isRegularFile(path) ? read(path) : NEW_RULE);
        return page(name, model);
    }

    @PostMapping("/rules/edit")
    String submit(@RequestParam String file, @RequestParam String content, @RequestParam String action,
            @RequestParam(defaultValue = "") String note, @RequestParam(required = false) Long audit,
            Principal user, Model model, RedirectAttributes flash) {
        String name = checkedName(file);
        byte[] draft = draftWith(name, content);
        model.addAttribute("content", content);
        if ("publish".equals(action)) {
            try {
                RuleSet published = rules.publish(draft, user.getName(), note.isBlank() ? "edited " + name : note);
                flash.addFlashAttribute("message", "Published rule set " + published.version() + " ("
                        + published.catalogue().size() + " rules): the next audits use it.");
                return "redirect:/rules";
            } catch (ActiveRules.Refused e) {
                model.addAttribute("problems", e.problems());
                model.addAttribute("lines", linesOf(e.problems(), name));
                model.addAttribute("refused", true);
                return page(name, model);
            }
        }
        ActiveRules.Check check = rules.check(draft);
        model.addAttribute("check", check);
        if ("dryrun".equals(action) && audit != null && check.ruleSet() != null) {
            try {
                model.addAttribute("dryRun", service.dryRun(audit, check.ruleSet()));
            } catch (UnreadableInputException | RuleSetException | RuntimeException e) {
                model.addAttribute("dryRunError", e.getMessage());
            }
        }
        model.addAttribute("problems", check.problems());
        model.addAttribute("lines", linesOf(check.problems(), name));
        return page(name, model);
    }

    private String page(String name, Model model) {
        model.addAttribute("file", name);
        model.addAttribute("files", files());
        model.addAttribute("mode", name.endsWith(".drl") ? "text/x-java" : "yaml");
        model.addAttribute("recentAudits", audits.list().stream().limit(20).toList());
        return "rule-editor";
    }

    private List<String> files() {
        List<String> names = new ArrayList<>();
        try (Stream<Path> list = Files.list(rules.folder())) {
            list.map(p -> p.getFileName().toString()).filter(n -> FILE_NAME.matcher(n).matches()).sorted()
                    .forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** The active folder with one file replaced, zipped: the draft that is checked or published. */
    private byte[] draftWith(String name, String content) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("edit-rules");
            RuleFolder.unzip(RuleFolder.zip(rules.folder()), dir);
            Files.writeString(dir.resolve(name), content.replace("\r\n", "\n"), StandardCharsets.UTF_8);
            return RuleFolder.zip(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (io.executionauditor.rules.RuleSetException e) {
            throw new IllegalStateException(e);
        } finally {
            if (dir != null) {
                FileSystemUtils.deleteRecursively(dir.toFile());
            }
        }
    }

    /** The line numbers of problems reported in {@code name} ({@code .../ownership.drl:12:5: ...}). */
    static Set<Integer> linesOf(List<String> problems, String name) {
        Pattern at = Pattern.compile("(?:^|[/\\\\])" + Pattern.quote(name) + ":(\\d+)");
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
        if (!FILE_NAME.matcher(name).matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a rules file is a name ending in .drl, or "
                    + THRESHOLDS + " (no folders)");
        }
        return name;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
