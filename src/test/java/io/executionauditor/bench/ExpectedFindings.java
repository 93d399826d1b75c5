package io.executionauditor.bench;

import io.executionauditor.bench.GeneratedPlan.Item;
import io.executionauditor.bench.GeneratedPlan.Period;
import io.executionauditor.bench.GeneratedPlan.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The findings a generated plan must raise, by rule id: the item-level plants as counted when planted, and the
 * aggregates (loads, shares, growth, medians) summed over the plan as DESIGN section 5 defines them. The plan is
 * built so that its only trade-offs fall before their sprint starts, and nothing else qualifies a sum, which keeps
 * these sums simple; the benchmark compares them with what the auditor found.
 */
final class ExpectedFindings {
    /** Every rule the generator speaks for; the schedule pack does not apply to a sprint plan. */
    static final List<String> RULES = List.of("alignment.no-goal", "alignment.no-success-criteria",
            "communication.late-risk", "communication.silent-slip", "communication.stale-status",
            "communication.watermelon", "dependencies.blocked-too-long", "dependencies.cycle",
            "dependencies.sequencing-conflict", "dependencies.unknown-reference",
            "deprioritization.commitment-creep", "deprioritization.everything-top-priority",
            "deprioritization.scope-added-without-tradeoff", "investment.engineering-neglected",
            "optimism.chronic-underestimation", "optimism.missing-estimate", "optimism.oversized-item",
            "overcommitment.person-over-capacity", "overcommitment.sustained-overload",
            "overcommitment.team-over-capacity", "overcommitment.too-much-wip", "ownership.no-owner",
            "ownership.shared-owner", "ownership.team-as-owner");

    private final List<Period> periods;
    private final List<Person> people;
    private final List<Item> items;
    private final PlantCounts planted;
    private final Map<String, List<Item>> byOwner = new HashMap<>();

    ExpectedFindings(List<Period> periods, List<Person> people, List<Item> items, PlantCounts planted) {
        this.periods = periods;
        this.people = people;
        this.items = items;
        this.planted = planted;
        items.forEach(item -> item.owners.forEach(owner -> byOwner.computeIfAbsent(owner, o -> new ArrayList<>())
                .add(item)));
    }

    private List<Item> itemsOf(Person person) {
        return byOwner.getOrDefault(person.name(), List.of());
    }

    Map<String, Integer> count() {
        Map<String, Integer> expected = new TreeMap<>();
        RULES.forEach(rule -> expected.put(rule, 0));
        expected.putAll(planted.counts());
        personLoads(expected);
        teamSums(expected);
        expected.put("overcommitment.too-much-wip", countPeople(person -> itemsOf(person).stream()
                .filter(item -> "In progress".equals(item.status)).count() > 3));
        expected.put("optimism.chronic-underestimation", countPeople(this::underestimatesChronically));
        expected.put("deprioritization.scope-added-without-tradeoff", (int) items.stream()
                .filter(item -> item.committed() && item.added.isAfter(periods.get(item.period).start())).count());
        return expected;
    }

    private void personLoads(Map<String, Integer> expected) {
        Map<String, double[]> loads = new HashMap<>();
        people.forEach(person -> loads.put(person.name(), new double[periods.size()]));
        for (Item item : items) {
            if (item.committed() && item.estimate != null) {
                for (String owner : item.owners) {
                    double[] load = loads.get(owner);
                    if (load != null) {
                        load[item.period] += item.estimate / item.owners.size();
                    }
                }
            }
        }
        int over = 0;
        int sustained = 0;
        for (Person person : people) {
            double[] load = loads.get(person.name());
            int run = 0;
            int longest = 0;
            for (double hours : load) {
                boolean isOver = hours > person.capacity();
                over += isOver ? 1 : 0;
                run = isOver ? run + 1 : 0;
                longest = Math.max(longest, run);
            }
            sustained += longest >= 2 ? 1 : 0;
        }
        expected.put("overcommitment.person-over-capacity", over);
        expected.put("overcommitment.sustained-overload", sustained);
    }

    private void teamSums(Map<String, Integer> expected) {
        Map<String, Double> capacity = people.stream()
                .collect(Collectors.groupingBy(Person::team, Collectors.summingDouble(Person::capacity)));
        Map<String, List<Item>> byTeamPeriod = items.stream().filter(Item::committed)
                .collect(Collectors.groupingBy(item -> item.team + "\u0000" + item.period));
        int overCapacity = 0;
        int topPriority = 0;
        int creep = 0;
        int neglected = 0;
        for (List<Item> work : byTeamPeriod.values()) {
            Item first = work.get(0);
            LocalDate start = periods.get(first.period).start();
            double committed = 0;
            double atStart = 0;
            double engineering = 0;
            int top = 0;
            for (Item item : work) {
                double estimate = item.estimate == null ? 0 : item.estimate;
                committed += estimate;
                atStart += item.added.isAfter(start) ? 0 : estimate;
                engineering += item.engineering() ? estimate : 0;
                top += "P0".equals(item.priority) ? 1 : 0;
            }
            overCapacity += committed > capacity.get(first.team) ? 1 : 0;
            topPriority += top > 0.5 * work.size() ? 1 : 0;
            creep += atStart > 0 && committed > atStart * 1.2 ? 1 : 0;
            neglected += committed > 0 && engineering < 0.1 * committed ? 1 : 0;
        }
        expected.put("overcommitment.team-over-capacity", overCapacity);
        expected.put("deprioritization.everything-top-priority", topPriority);
        expected.put("deprioritization.commitment-creep", creep);
        expected.put("investment.engineering-neglected", neglected);
    }

    private boolean underestimatesChronically(Person person) {
        List<Double> ratios = new ArrayList<>();
        for (Item item : itemsOf(person)) {
            if (item.done != null && item.actual != null && item.estimate != null && item.estimate > 0) {
                ratios.add(item.actual / item.estimate);
            }
        }
        if (ratios.size() < 3) {
            return false;
        }
        ratios.sort(null);
        int middle = ratios.size() / 2;
        double median = ratios.size() % 2 == 1 ? ratios.get(middle) : (ratios.get(middle - 1) + ratios.get(middle)) / 2;
        return median >= 1.5;
    }

    private int countPeople(java.util.function.Predicate<Person> test) {
        return (int) people.stream().filter(test).count();
    }

    static String toJson(Map<String, Integer> expected) {
        return expected.entrySet().stream().map(e -> "  \"" + e.getKey() + "\": " + e.getValue())
                .collect(Collectors.joining(",\n", "{\n", "\n}\n"));
    }
}
