package io.executionauditor.rules;

import io.executionauditor.plan.Plan;
import io.executionauditor.rules.facts.FactBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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

    /** Longer than any honest audit takes (a 100,000-item plan evaluates in seconds). */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(120);

    /** Stops sessions that run out of time; one daemon thread for the whole process. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "rule-time-limit");
        thread.setDaemon(true);
        return thread;
    });

    private final int firingLimit;
    private final Duration timeLimit;

    public RuleEngine() {
        this(DEFAULT_FIRING_LIMIT, DEFAULT_TIME_LIMIT);
    }

    public RuleEngine(int firingLimit) {
        this(firingLimit, DEFAULT_TIME_LIMIT);
    }

    public RuleEngine(int firingLimit, Duration timeLimit) {
        this.firingLimit = firingLimit;
        this.timeLimit = timeLimit;
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() / 1000.0 + " s";
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
            AtomicBoolean outOfTime = new AtomicBoolean();
            ScheduledFuture<?> stop = WATCHDOG.schedule(() -> {
                outOfTime.set(true);
                session.halt();
            }, timeLimit.toMillis(), TimeUnit.MILLISECONDS);
            int fired;
            try {
                fired = session.fireAllRules(firingLimit);
            } finally {
                stop.cancel(false);
            }
            if (outOfTime.get()) {
                throw new RuleSetException("the rule set ran for more than " + seconds(timeLimit) + " on this "
                        + "plan without finishing (" + fired + " firings); a rule probably loops (check rules that "
                        + "modify facts)");
            }
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
