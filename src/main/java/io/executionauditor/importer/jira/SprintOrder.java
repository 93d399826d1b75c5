package io.executionauditor.importer.jira;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order of a Jira export's sprints, which the CSV does not date: an issue lists the sprints it was in earliest
 * first, so a sprint an issue left comes before the one it went to; sprints no issue orders come by name, numbers
 * compared as numbers (Sprint 2 before Sprint 10); sprints that issues order both ways (a loop) come once nothing
 * else can, by name.
 */
final class SprintOrder {
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** Compares names piece by piece, runs of digits by their value. */
    static final Comparator<String> NATURAL = (a, b) -> {
        Matcher ma = NUMBER.matcher(a);
        Matcher mb = NUMBER.matcher(b);
        int ia = 0;
        int ib = 0;
        while (ma.find(ia) && mb.find(ib)) {
            int text = a.substring(ia, ma.start()).compareToIgnoreCase(b.substring(ib, mb.start()));
            if (text != 0) {
                return text;
            }
            int number = compareNumbers(ma.group(), mb.group());
            if (number != 0) {
                return number;
            }
            ia = ma.end();
            ib = mb.end();
        }
        int rest = a.substring(ia).compareToIgnoreCase(b.substring(ib));
        return rest != 0 ? rest : a.compareTo(b);
    };

    private SprintOrder() {
    }

    /** Runs of digits of any length by value, in time linear in their length (a name may hold thousands). */
    private static int compareNumbers(String a, String b) {
        String x = a.replaceFirst("^0+(?=.)", "");
        String y = b.replaceFirst("^0+(?=.)", "");
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }

    /** Every sprint named in {@code lists} (each an issue's sprints, earliest first), earliest first. */
    static List<String> of(List<List<String>> lists) {
        Map<String, Set<String>> after = new HashMap<>();
        Map<String, Integer> before = new HashMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (List<String> sprints : lists) {
            names.addAll(sprints);
            for (int i = 0; i + 1 < sprints.size(); i++) {
                if (after.computeIfAbsent(sprints.get(i), s -> new LinkedHashSet<>()).add(sprints.get(i + 1))) {
                    before.merge(sprints.get(i + 1), 1, Integer::sum);
                }
            }
        }
        TreeSet<String> ready = new TreeSet<>(NATURAL);
        for (String name : names) {
            if (!before.containsKey(name)) {
                ready.add(name);
            }
        }
        List<String> order = new ArrayList<>();
        Set<String> left = new TreeSet<>(NATURAL);
        left.addAll(names);
        while (!left.isEmpty()) {
            // sprints that issues order in a loop (a list that contradicts another) fall back to their names
            String next = ready.isEmpty() ? left.iterator().next() : ready.pollFirst();
            left.remove(next);
            order.add(next);
            for (String later : after.getOrDefault(next, Set.of())) {
                if (left.contains(later) && before.merge(later, -1, Integer::sum) == 0) {
                    ready.add(later);
                }
            }
        }
        return order;
    }
}
