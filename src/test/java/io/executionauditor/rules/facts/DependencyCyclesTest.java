package io.executionauditor.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DependencyCyclesTest {
    @Test
    void findsEachCycleOnceAndIgnoresChainsAndUnknownKeys() {
        Map<String, List<String>> graph = new LinkedHashMap<>();
        graph.put("A", List.of("B"));
        graph.put("B", List.of("C"));
        graph.put("C", List.of("A", "X-404"));
        graph.put("D", List.of("A"));
        graph.put("E", List.of("E"));
        graph.put("F", List.of("G"));
        graph.put("G", List.of());

        List<List<String>> cycles = DependencyCycles.find(graph);

        assertThat(cycles).hasSize(2);
        assertThat(cycles.get(0)).containsExactlyInAnyOrder("A", "B", "C");
        assertThat(cycles.get(1)).containsExactly("E");
    }

    @Test
    void longChainDoesNotOverflowTheStack() {
        Map<String, List<String>> graph = new LinkedHashMap<>();
        for (int i = 0; i < 200_000; i++) {
            graph.put("K-" + i, List.of("K-" + (i + 1)));
        }
        graph.put("K-200000", List.of("K-0"));

        assertThat(DependencyCycles.find(graph)).singleElement().satisfies(c -> assertThat(c).hasSize(200_001));
    }
}
