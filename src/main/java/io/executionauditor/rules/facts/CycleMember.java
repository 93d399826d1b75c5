package io.executionauditor.rules.facts;

import java.util.List;

/** An item that is part of a dependency cycle, with every item of that cycle in dependency order. */
public record CycleMember(String itemKey, List<String> cycle) {
    public CycleMember {
        cycle = List.copyOf(cycle);
    }
}
