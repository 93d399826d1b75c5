package io.executionauditor.rules.facts;

import io.executionauditor.plan.Period;
import io.executionauditor.plan.Person;
import io.executionauditor.plan.Priority;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Load per person and period and per team and period, in one pass over the committed items each. */
final class LoadCalculator {
    private LoadCalculator() {
    }

    private static final class PersonTally {
        double committed;
        final List<String> keys = new ArrayList<>();
    }

    private static final class TeamTally {
        double committed;
        double atStart;
        double engineering;
        int items;
        final List<String> keys = new ArrayList<>();
        final List<String> topKeys = new ArrayList<>();
        final List<String> engineeringKeys = new ArrayList<>();
    }

    /**
     * An item with several owners loads each of them with an even share of its estimate, in each period its
     * estimate falls in.
     */
    static void personLoads(List<ItemFact> items, Map<String, Person> people, Map<String, Integer> periodIndex,
            List<Object> out) {
        Map<List<String>, PersonTally> tallies = new LinkedHashMap<>();
        for (ItemFact item : items) {
            if (!item.committed() || item.ownerCount() == 0) {
                continue;
            }
            for (Map.Entry<String, Double> part : item.loadByPeriod().entrySet()) {
                double share = part.getValue() / item.ownerCount();
                for (String owner : item.owners()) {
                    PersonTally tally = tallies.computeIfAbsent(List.of(owner, part.getKey()), k -> new PersonTally());
                    tally.committed += share;
                    tally.keys.add(item.key());
                }
            }
        }
        tallies.forEach((key, tally) -> {
            String name = key.get(0);
            String period = key.get(1);
            Person person = people.get(name);
            Double capacity = person == null ? null : person.capacityIn(period);
            double committed = tidy(tally.committed);
            out.add(new PersonLoad(name, person == null ? "" : FactBuilder.teamOrNone(person.team()), period,
                    periodIndex.getOrDefault(period, 0), committed, capacity, ratio(committed, capacity),
                    tally.keys));
        });
    }

    /**
     * {@code estimateAtStart} gives an item's estimate as it stood on its period's start date, so that
     * re-estimates made after the start count as growth. Counts, priorities and the start are judged in the item's
     * own period; its committed (and engineering) estimate falls where {@link ItemFact#loadByPeriod()} puts it.
     */
    static void teamLoads(List<ItemFact> items, Map<String, Person> people, Map<String, Period> periods,
            Map<String, Integer> periodIndex, java.util.function.Function<ItemFact, Double> estimateAtStart,
            List<Object> out) {
        Map<List<String>, TeamTally> tallies = new LinkedHashMap<>();
        for (ItemFact item : items) {
            if (!item.committed() || item.team().isEmpty()) {
                continue;
            }
            TeamTally tally = tallies.computeIfAbsent(List.of(item.team(), item.period()), k -> new TeamTally());
            tally.items++;
            if (item.priority() != null && item.priority() == Priority.TOP) {
                tally.topKeys.add(item.key());
            }
            boolean engineering = EngineeringWork.isInvestment(item.type());
            if (engineering) {
                tally.engineeringKeys.add(item.key());
            }
            Double atStart = item.enteredAfterPeriodStart() ? null : estimateAtStart.apply(item);
            double estimate = estimateOf(item);
            for (Map.Entry<String, Double> part : item.loadByPeriod().entrySet()) {
                TeamTally partTally = tallies.computeIfAbsent(List.of(item.team(), part.getKey()),
                        k -> new TeamTally());
                partTally.committed += part.getValue();
                partTally.keys.add(item.key());
                if (engineering) {
                    partTally.engineering += part.getValue();
                }
                if (atStart != null && estimate > 0) {
                    partTally.atStart += atStart * part.getValue() / estimate;
                } else if (atStart != null && part.getKey().equals(item.period())) {
                    partTally.atStart += atStart;
                }
            }
        }
        Map<String, List<Person>> members = new java.util.HashMap<>();
        for (Person person : people.values()) {
            members.computeIfAbsent(FactBuilder.teamOrNone(person.team()), t -> new ArrayList<>()).add(person);
        }
        tallies.forEach((key, tally) -> {
            String team = key.get(0);
            Period period = periods.get(key.get(1));
            LocalDate start = period == null ? null : period.start();
            Double capacity = teamCapacity(members.getOrDefault(team, List.of()), key.get(1));
            double committed = tidy(tally.committed);
            out.add(new TeamLoad(team, key.get(1), periodIndex.getOrDefault(key.get(1), 0), start, committed,
                    capacity, ratio(committed, capacity), tally.items, tally.topKeys.size(),
                    start == null ? null : tidy(tally.atStart), tidy(tally.engineering), tally.keys, tally.topKeys,
                    tally.engineeringKeys));
        });
    }

    private static Double teamCapacity(List<Person> members, String period) {
        Double total = null;
        for (Person person : members) {
            Double capacity = person.capacityIn(period);
            if (capacity != null) {
                total = (total == null ? 0 : total) + capacity;
            }
        }
        return total;
    }

    private static double estimateOf(ItemFact item) {
        return item.estimate() == null ? 0 : item.estimate();
    }

    /**
     * Committed against capacity; {@code null} when the capacity is unknown, or zero with nothing committed. Work
     * committed against a capacity of zero (a whole period of leave) is infinitely over it, not unjudged.
     */
    static Double ratio(double committed, Double capacity) {
        if (capacity == null || capacity < 0) {
            return null;
        }
        if (capacity == 0) {
            return committed > 0 ? Double.POSITIVE_INFINITY : null;
        }
        return committed / capacity;
    }

    /**
     * A sum of estimates without the binary noise of adding shares: three thirds of 10 add up to 10, not
     * 10.000000000000002, so a load exactly at capacity is not over it. Estimates carry no meaning below 1e-6.
     */
    static double tidy(double sum) {
        return Math.round(sum * 1e6) / 1e6;
    }
}
