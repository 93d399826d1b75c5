package io.executionauditor.rules;

import java.util.List;

/** The rule set cannot be used: every problem found, each naming file, line and column where known. */
public class RuleSetException extends Exception {
    private final List<String> problems;

    public RuleSetException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems in the rule set:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public RuleSetException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
