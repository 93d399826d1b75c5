package io.executionauditor.rules;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a thresholds file ({@code defaults:} rule id, then named numbers; {@code teams:} team, then the same
 * shape). Every problem names the file and line: an unknown rule id or parameter, or a value that is not a number.
 */
public final class ThresholdsLoader {
    private final Set<String> knownRuleIds;
    private final Thresholds known;
    private final List<String> problems = new ArrayList<>();
    private String file;

    /**
     * @param knownRuleIds rule ids of the rule set; {@code null} accepts any id
     * @param known thresholds whose parameter names are the only valid ones (for overrides); {@code null} when
     *     reading the defaults themselves
     */
    public ThresholdsLoader(Set<String> knownRuleIds, Thresholds known) {
        this.knownRuleIds = knownRuleIds;
        this.known = known;
    }

    public Thresholds load(Path path) throws RuleSetException {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(reader, path.toString());
        } catch (IOException e) {
            throw new RuleSetException(path + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    public Thresholds read(Reader reader, String fileName) throws RuleSetException {
        file = fileName;
        problems.clear();
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (MarkedYAMLException e) {
            throw new RuleSetException(at(e.getProblemMark()) + "not valid YAML: " + e.getProblem());
        }
        Map<String, Map<String, Double>> defaults = new LinkedHashMap<>();
        Map<String, Map<String, Map<String, Double>>> teams = new LinkedHashMap<>();
        if (root != null) {
            for (NodeTuple entry : mapping(root, "the top level")) {
                String section = text(entry.getKeyNode());
                if ("defaults".equals(section)) {
                    defaults = rules(entry.getValueNode(), defaults, known);
                } else if ("teams".equals(section)) {
                    for (NodeTuple team : mapping(entry.getValueNode(), "teams")) {
                        teams.put(text(team.getKeyNode()), rules(team.getValueNode(), new LinkedHashMap<>(),
                                known != null ? known : new Thresholds(defaults, Map.of())));
                    }
                } else {
                    problems.add(at(entry.getKeyNode().getStartMark()) + "unknown section \"" + section
                            + "\" (expected defaults or teams)");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return new Thresholds(defaults, teams);
    }

    private Map<String, Map<String, Double>> rules(Node node, Map<String, Map<String, Double>> into,
            Thresholds names) {
        for (NodeTuple rule : mapping(node, "a map of rule ids")) {
            String ruleId = text(rule.getKeyNode());
            if (knownRuleIds != null && !knownRuleIds.contains(ruleId)) {
                problems.add(at(rule.getKeyNode().getStartMark()) + "unknown rule id \"" + ruleId + "\"");
                continue;
            }
            Map<String, Double> values = new LinkedHashMap<>();
            for (NodeTuple parameter : mapping(rule.getValueNode(), "a map of named numbers for " + ruleId)) {
                String name = text(parameter.getKeyNode());
                if (names != null && !names.defaultsOf(ruleId).containsKey(name)) {
                    problems.add(at(parameter.getKeyNode().getStartMark()) + "unknown parameter \"" + name
                            + "\" for " + ruleId + " (known: " + String.join(", ", names.defaultsOf(ruleId).keySet())
                            + ")");
                    continue;
                }
                Double value = number(parameter.getValueNode());
                if (value == null) {
                    problems.add(at(parameter.getValueNode().getStartMark()) + ruleId + " " + name + ": \""
                            + text(parameter.getValueNode()) + "\" is not a number");
                } else {
                    values.put(name, value);
                }
            }
            into.put(ruleId, values);
        }
        return into;
    }

    private List<NodeTuple> mapping(Node node, String what) {
        if (node instanceof MappingNode map) {
            return map.getValue();
        }
        if (!(node instanceof ScalarNode scalar && scalar.getValue().isEmpty())) {
            problems.add(at(node.getStartMark()) + "expected " + what);
        }
        return List.of();
    }

    private static String text(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : String.valueOf(node.getNodeId());
    }

    private static Double number(Node node) {
        if (!(node instanceof ScalarNode scalar)) {
            return null;
        }
        try {
            return Double.valueOf(scalar.getValue().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String at(Mark mark) {
        return mark == null ? file + ": " : file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1) + ": ";
    }
}
