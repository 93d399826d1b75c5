package io.executionauditor.web.pages;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.executionauditor.store.RuleSetStore;
import io.executionauditor.web.ActiveRules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A published version against the one before it, file by file, and restoring an old version. */
@Controller
class RuleVersions {
    private final RuleSetStore store;
    private final ActiveRules rules;

    RuleVersions(RuleSetStore store, ActiveRules rules) {
        this.store = store;
        this.rules = rules;
    }

    /** One changed file: its name and its unified diff lines. */
    public record FileDiff(String file, List<String> lines) {
    }

    @GetMapping("/rules/versions/{id}")
    String show(@PathVariable long id, Model model) {
        List<RuleSetStore.Published> all = store.list();
        RuleSetStore.Published version = all.stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "there is no rule-set version "
                        + id));
        RuleSetStore.Published previous = all.stream().filter(p -> p.id() < id).findFirst().orElse(null);
        Map<String, String> now = files(store.content(id).orElseThrow());
        Map<String, String> before = previous == null ? Map.of() : files(store.content(previous.id()).orElseThrow());
        List<FileDiff> diffs = new ArrayList<>();
        for (String file : new TreeSet<>(union(now.keySet(), before.keySet()))) {
            List<String> a = lines(before.get(file));
            List<String> b = lines(now.get(file));
            if (!a.equals(b)) {
                diffs.add(new FileDiff(file, UnifiedDiffUtils.generateUnifiedDiff(file, file, a,
                        DiffUtils.diff(a, b), 2)));
            }
        }
        model.addAttribute("version", version);
        model.addAttribute("previous", previous);
        model.addAttribute("diffs", diffs);
        return "rule-version";
    }

    @PostMapping("/rules/versions/{id}/restore")
    String restore(@PathVariable long id, Principal user, RedirectAttributes flash) {
        byte[] content = store.content(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "there is no rule-set version " + id));
        try {
            var restored = rules.publish(content, user.getName(), "restore of version #" + id);
            flash.addFlashAttribute("message", "Restored: rule set " + restored.version() + " is active again.");
        } catch (ActiveRules.Refused e) {
            flash.addFlashAttribute("error", "Version #" + id + " cannot be restored: " + e.getMessage());
        }
        return "redirect:/rules";
    }

    private static TreeSet<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        TreeSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\n", -1));
    }

    /** The text files of a zipped rules folder, by path. */
    private static Map<String, String> files(byte[] zip) {
        Map<String, String> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                if (!entry.isDirectory() && (name.endsWith(".drl") || name.endsWith(".yaml") || name.endsWith(".csv"))) {
                    files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
