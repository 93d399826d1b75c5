package io.executionauditor.web;

import io.executionauditor.rules.RuleSet;
import io.executionauditor.rules.RuleSetException;
import io.executionauditor.rules.RuleSetLoader;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rule set audits run with, loaded (or taken from the compiled-rules cache) once at start. Every audit records
 * the version it ran; a rule set that does not compile stops the server from starting, with its problems listed.
 */
@Component
public class ActiveRules {
    private final RuleSet ruleSet;

    public ActiveRules(@Value("${execution-auditor.rules}") Path folder) throws RuleSetException {
        this.ruleSet = new RuleSetLoader().load(folder);
    }

    public RuleSet get() {
        return ruleSet;
    }
}
