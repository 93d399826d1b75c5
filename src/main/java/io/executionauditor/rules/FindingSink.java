package io.executionauditor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global every rule reports to ({@code findings} in DRL). Title, message and recommendation come from the
 * rule's metadata, filled from the evidence ({@code {name}}), the subject ({@code {subject}}, {@code {period}}) and
 * the plan's estimate unit ({@code {unit}}), so a consequence only names the subject and the evidence.
 */
public final class FindingSink {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private final Map<String, RuleInfo> rules;
    private final String unit;
    private final List<Finding> findings = new ArrayList<>();

    /** @param unit the plan's estimate unit, for {@code {unit}} in templates */
    public FindingSink(Map<String, RuleInfo> rules, String unit) {
        this.rules = rules;
        this.unit = unit;
    }

    public void raise(RuleContext drools, Subject subject, Evidence evidence) {
        raise(drools, null, subject, evidence);
    }

    /** Raises a finding with a severity other than the rule's default (for rules with two levels). */
    public void raise(RuleContext drools, Severity severity, Subject subject, Evidence evidence) {
        Rule rule = drools.getRule();
        RuleInfo info = rules.get(rule.getName());
        if (info == null) {
            throw new IllegalStateException("rule " + rule.getName() + " has no metadata");
        }
        Map<String, Object> words = evidence.forWording();
        findings.add(new Finding(info.id(), info.category(), severity == null ? info.severity() : severity, subject,
                info.title(), fill(info.message(), subject, words, unit), evidence.asMap(),
                fill(info.recommendation(), subject, words, unit)));
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    static String fill(String template, Subject subject, Map<String, Object> values, String unit) {
        Matcher matcher = PLACEHOLDER.matcher(template == null ? "" : template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            Object value = switch (name) {
                case "subject" -> subject.id();
                case "period" -> subject.period();
                case "unit" -> unit;
                default -> values.containsKey(name) ? Evidence.format(values.get(name)) : matcher.group();
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(value)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
