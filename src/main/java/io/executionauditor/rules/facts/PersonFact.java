package io.executionauditor.rules.facts;

/** Someone who is listed in People or owns an item; team {@code ""} when unknown, capacity {@code null}. */
public record PersonFact(String name, String team, Double capacity, boolean listed) {
}
