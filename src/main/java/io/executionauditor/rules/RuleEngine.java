package io.executionauditor.rules;

import io.executionauditor.plan.Plan;
import io.executionauditor.rules.facts.FactBuilder;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.kie.api.runtime.KieSession;

/**
 * Evaluates a rule set on a plan: derives the facts, inserts them with the thresholds in force for each team, fires
 * the rules and returns the findings in a stable order (severity, category, rule, subject).
 */
public final class RuleEngine {
    /** More firings than any honest audit needs: a rule that loops is stopped here instead of hanging. */
    public static final int DEFAULT_FIRING_LIMIT = 5_000_000;

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::category).thenComparing(Finding::ruleId)
            .thenComparing(f -> f.subject().id()).thenComparing(f -> String.valueOf(f.subject().period()));

    private final int firingLimit;

    public RuleEngine() {
        this(DEFAULT_FIRING_LIMIT);
    }

    public RuleEngine(int firingLimit) {
        this.firingLimit = firingLimit;
    }

    public List<Finding> evaluate(RuleSet ruleSet, Plan plan, LocalDate asOf) throws RuleSetException {
        return evaluate(ruleSet, plan, FactBuilder.build(plan, asOf));
    }

    /** Evaluates on facts already derived from {@code plan} by {@link FactBuilder}, for callers that read them too. */
    public List<Finding> evaluate(RuleSet ruleSet, Plan plan, List<Object> facts) throws RuleSetException {
        KieSession session = ruleSet.kieBase().newKieSession();
        try {
            FindingSink sink = new FindingSink(ruleSet.rules(), plan.estimateUnit().id());
            session.setGlobal("findings", sink);
            facts.forEach(session::insert);
            ruleSet.thresholds().factsFor(FactBuilder.teamsOf(facts)).forEach(session::insert);
            int fired = session.fireAllRules(firingLimit);
            if (fired >= firingLimit) {
                throw new RuleSetException("the rule set fired " + fired
                        + " times without finishing; a rule probably loops (check rules that modify facts)");
            }
            return sink.findings().stream().sorted(ORDER).toList();
        } finally {
            session.dispose();
        }
    }
}
