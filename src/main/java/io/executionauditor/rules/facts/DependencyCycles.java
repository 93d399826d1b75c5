package io.executionauditor.rules.facts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds the dependency cycles of a plan: Tarjan's strongly connected components, iterative, linear in links. */
final class DependencyCycles {
    private DependencyCycles() {
    }

    /** Every cycle (a component of two or more items, or an item that depends on itself), items in plan order. */
    static List<List<String>> find(Map<String, List<String>> dependsOn) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        java.util.Set<String> onStack = new java.util.HashSet<>();
        List<List<String>> cycles = new ArrayList<>();
        int[] counter = {0};
        for (String root : dependsOn.keySet()) {
            if (index.containsKey(root)) {
                continue;
            }
            Deque<Object[]> work = new ArrayDeque<>();
            work.push(new Object[] {root, 0});
            while (!work.isEmpty()) {
                Object[] frame = work.peek();
                String node = (String) frame[0];
                int next = (Integer) frame[1];
                if (next == 0 && !index.containsKey(node)) {
                    index.put(node, counter[0]);
                    low.put(node, counter[0]++);
                    stack.push(node);
                    onStack.add(node);
                }
                List<String> targets = dependsOn.getOrDefault(node, List.of());
                if (next < targets.size()) {
                    frame[1] = next + 1;
                    String target = targets.get(next);
                    if (!dependsOn.containsKey(target)) {
                        continue;
                    }
                    if (!index.containsKey(target)) {
                        work.push(new Object[] {target, 0});
                    } else if (onStack.contains(target)) {
                        low.put(node, Math.min(low.get(node), index.get(target)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = (String) work.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(node)));
                }
                if (low.get(node).equals(index.get(node))) {
                    List<String> component = new ArrayList<>();
                    String member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.add(member);
                    } while (!member.equals(node));
                    if (component.size() > 1 || targets.contains(node)) {
                        Collections.reverse(component);
                        cycles.add(component);
                    }
                }
            }
        }
        return cycles;
    }
}
