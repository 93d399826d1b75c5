package io.executionauditor.rules.facts;

import io.executionauditor.plan.ChangeKind;
import io.executionauditor.plan.Period;
import io.executionauditor.plan.Person;
import io.executionauditor.plan.Plan;
import io.executionauditor.plan.PlanChange;
import io.executionauditor.plan.Status;
import io.executionauditor.plan.StatusUpdate;
import io.executionauditor.plan.WorkItem;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a plan into the facts rules match on, in linear passes: one fact per item, owner link, dependency link and
 * trade-off, one load per person and period and per team and period. No rule then needs to join facts pairwise.
 */
public final class FactBuilder {
    private final Plan plan;
    private final LocalDate asOf;
    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, Period> periods = new LinkedHashMap<>();
    private final Map<String, Integer> periodIndex = new HashMap<>();
    private final Set<String> teamNames = new LinkedHashSet<>();
    /** Team names as owners may write them (case ignored), for a lookup per owner instead of a scan. */
    private final Set<String> teamNamesLower = new java.util.HashSet<>();
    private final Map<String, ItemFact> factsByKey = new HashMap<>();
    private final Map<String, ItemHistory> histories = new HashMap<>();
    private final Map<String, WorkItem> itemsByKey = new LinkedHashMap<>();
    private final Set<String> removedKeys = new java.util.HashSet<>();
    private final List<Object> facts = new ArrayList<>();

    private FactBuilder(Plan plan, LocalDate asOf) {
        this.plan = plan;
        this.asOf = asOf;
    }

    /** The facts for {@code plan} as of {@code asOf}, without thresholds. */
    public static List<Object> build(Plan plan, LocalDate asOf) {
        return new FactBuilder(plan, asOf).build();
    }

    /** Every team name the facts use, {@code ""} (no team) included: thresholds are resolved for each. */
    public static Set<String> teamsOf(List<Object> facts) {
        Set<String> teams = new LinkedHashSet<>();
        teams.add("");
        for (Object fact : facts) {
            if (fact instanceof ItemFact item) {
                teams.add(item.team());
            } else if (fact instanceof PersonFact person) {
                teams.add(person.team());
            }
        }
        return teams;
    }

    private List<Object> build() {
        facts.add(new AsOf(asOf));
        indexPlan();
        readHistory();
        List<ItemFact> items = new ArrayList<>();
        for (WorkItem item : plan.items()) {
            ItemFact fact = itemFact(item);
            items.add(fact);
            facts.add(fact);
            factsByKey.putIfAbsent(fact.key(), fact);
        }
        ownerFacts(items);
        LoadCalculator.personLoads(items, people, periodIndex, facts);
        LoadCalculator.teamLoads(items, people, periods, periodIndex, this::estimateAtPeriodStart, facts);
        tradeoffs(items);
        dependencyFacts(items);
        return facts;
    }

    private void indexPlan() {
        for (int i = 0; i < plan.periods().size(); i++) {
            Period period = plan.periods().get(i);
            periods.put(period.name(), period);
            periodIndex.put(period.name(), i);
        }
        for (Person person : plan.people()) {
            people.put(person.name(), person);
            addTeam(person.team());
        }
        for (WorkItem item : plan.items()) {
            itemsByKey.putIfAbsent(item.key(), item);
            addTeam(item.team());
        }
    }

    private void addTeam(String team) {
        if (team != null && !team.isBlank()) {
            teamNames.add(team.trim());
            teamNamesLower.add(team.trim().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private void readHistory() {
        for (StatusUpdate update : plan.updates()) {
            if (!update.date().isAfter(asOf)) {
                historyOf(update.itemKey()).add(update);
            }
        }
        for (PlanChange change : plan.changes()) {
            if (!change.date().isAfter(asOf)) {
                historyOf(change.itemKey()).add(change);
                if (change.kind().isTradeoff() && !movesToAPeriod(change)) {
                    removedKeys.add(change.itemKey());
                }
            }
        }
        histories.values().forEach(ItemHistory::close);
    }

    /** A deprioritization whose To names a period moved the item there: it is still committed, later. */
    private boolean movesToAPeriod(PlanChange change) {
        return change.kind() == ChangeKind.DEPRIORITIZED && change.to() != null
                && periods.containsKey(change.to().trim());
    }

    private ItemHistory historyOf(String key) {
        return histories.computeIfAbsent(key, k -> new ItemHistory());
    }

    private ItemFact itemFact(WorkItem item) {
        ItemHistory history = histories.getOrDefault(item.key(), new ItemHistory());
        boolean open = item.isOpen();
        boolean committed = item.period() != null && item.status() != Status.DEPRIORITIZED
                && !removedKeys.contains(item.key());
        LocalDate due = history.currentDue(item.due());
        boolean overdue = open && due != null && due.isBefore(asOf);
        StatusUpdate latest = history.latestUpdate();
        StatusUpdate firstRisk = history.firstRiskSignal();
        LocalDate dueAtFirstRisk = firstRisk == null ? null : history.dueBefore(firstRisk.date(), item.due());
        LocalDate lastHeard = latest != null ? latest.date() : item.start() != null ? item.start() : item.added();
        LocalDate entered = item.added() != null ? item.added() : history.addedOn();
        Period period = item.period() == null ? null : periods.get(item.period());
        LocalDate periodStart = period == null ? null : period.start();
        ItemHistory.DueMove slip = history.firstSlip(item.due());
        boolean blocked = open && (item.status() == Status.BLOCKED
                || ItemHistory.healthOf(latest) == io.executionauditor.plan.Health.BLOCKED);
        return new ItemFact(item.key(), item.title(), item.type(), teamOf(item), item.period(), item.status(), open,
                committed, item.priority(), item.estimate(), item.actual(), item.owners(), item.owners().size(),
                item.start(), due, item.done(), overdue, overdue ? days(due, asOf) : null, blocked,
                !isBlank(item.successCriteria()), !isBlank(item.goal()), entered,
                entered != null && periodStart != null && entered.isAfter(periodStart), periodStart,
                firstRisk == null ? null : firstRisk.date(), ItemHistory.healthOf(firstRisk), dueAtFirstRisk,
                firstRisk == null || dueAtFirstRisk == null ? null : days(firstRisk.date(), dueAtFirstRisk),
                latest == null ? null : latest.date(), ItemHistory.healthOf(latest), lastHeard,
                lastHeard == null ? null : days(lastHeard, asOf), slip == null ? null : slip.date(),
                slip == null ? null : slip.from(), slip == null ? null : slip.to(), item.workByPeriod());
    }

    /** The item's estimate on its period's start date: re-estimates after the start are growth, not a baseline. */
    private Double estimateAtPeriodStart(ItemFact item) {
        ItemHistory history = histories.get(item.key());
        return history == null ? item.estimate() : history.estimateOn(item.periodStart(), item.estimate());
    }

    /** The item's own team, else the one team all its listed owners belong to, else none. */
    private String teamOf(WorkItem item) {
        if (!isBlank(item.team())) {
            return item.team().trim();
        }
        String shared = null;
        for (String owner : item.owners()) {
            Person person = people.get(owner);
            String team = person == null || isBlank(person.team()) ? null : person.team().trim();
            if (team == null || (shared != null && !shared.equals(team))) {
                return "";
            }
            shared = team;
        }
        return shared == null ? "" : shared;
    }

    private void ownerFacts(List<ItemFact> items) {
        Map<String, PersonFact> persons = new LinkedHashMap<>();
        for (Person person : plan.people()) {
            persons.put(person.name(), new PersonFact(person.name(), teamOrNone(person.team()), person.capacity(),
                    true));
        }
        for (ItemFact item : items) {
            for (String owner : item.owners()) {
                Person person = people.get(owner);
                boolean isTeam = person == null && isTeamName(owner);
                facts.add(new OwnerLink(item.key(), owner, item.team(), item.status(), item.open(), item.blocked(), item.estimate(),
                        person != null, isTeam, person == null ? null : person.capacityIn(item.period())));
                if (!isTeam) {
                    persons.putIfAbsent(owner, new PersonFact(owner, "", null, false));
                }
            }
        }
        facts.addAll(persons.values());
        DeliveryCalculator.deliveries(items, persons, facts);
    }

    private boolean isTeamName(String name) {
        return teamNamesLower.contains(name.trim().toLowerCase(java.util.Locale.ROOT));
    }

    private void tradeoffs(List<ItemFact> items) {
        Set<String> dated = new java.util.HashSet<>();
        for (PlanChange change : plan.changes()) {
            if (!change.kind().isTradeoff() || change.date().isAfter(asOf)) {
                continue;
            }
            dated.add(change.itemKey());
            ItemFact item = factsByKey.get(change.itemKey());
            String period = periodMadeRoomIn(change, item);
            if (period == null) {
                continue;
            }
            if (item != null) {
                facts.add(new Tradeoff(item.team(), period, change.itemKey(), change.date()));
            } else {
                // the item left the plan entirely, so its team is unknown: it made room in every team's period
                for (String team : teamsWithNone()) {
                    facts.add(new Tradeoff(team, period, change.itemKey(), change.date()));
                }
            }
        }
        for (ItemFact item : items) {
            if (item.status() == Status.DEPRIORITIZED && item.period() != null && !dated.contains(item.key())) {
                facts.add(new Tradeoff(item.team(), item.period(), item.key(), null));
            }
        }
    }

    /**
     * The period a deprioritization or removal made room in: the period its From names (moved out of Sprint 3);
     * else the item's own period when it is no longer committed (dropped where it stood); else the period running
     * on the day of the change (moved to a later period); else the item's period.
     */
    private String periodMadeRoomIn(PlanChange change, ItemFact item) {
        if (change.from() != null && periods.containsKey(change.from().trim())) {
            return change.from().trim();
        }
        if (item != null && item.period() != null && !item.committed()) {
            return item.period();
        }
        String running = periodContaining(change.date());
        if (running != null) {
            return running;
        }
        return item == null ? null : item.period();
    }

    private List<String> teamsWithNone() {
        List<String> teams = new ArrayList<>(teamNames);
        teams.add("");
        return teams;
    }

    private String periodContaining(LocalDate date) {
        for (Period period : periods.values()) {
            if (period.contains(date)) {
                return period.name();
            }
        }
        return null;
    }

    private void dependencyFacts(List<ItemFact> items) {
        Map<String, List<String>> graph = new LinkedHashMap<>();
        for (WorkItem item : itemsByKey.values()) {
            graph.put(item.key(), item.dependsOn());
            for (String target : item.dependsOn()) {
                ItemFact dependency = factsByKey.get(target);
                facts.add(new DependencyLink(item.key(), target, dependency != null, factsByKey.get(item.key()).due(),
                        dependency == null ? null : dependency.due()));
            }
        }
        for (List<String> cycle : DependencyCycles.find(graph)) {
            for (String key : cycle) {
                facts.add(new CycleMember(key, cycle));
            }
        }
    }

    static String teamOrNone(String team) {
        return isBlank(team) ? "" : team.trim();
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static int days(LocalDate from, LocalDate to) {
        return (int) ChronoUnit.DAYS.between(from, to);
    }
}
