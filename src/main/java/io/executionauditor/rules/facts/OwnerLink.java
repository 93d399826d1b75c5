package io.executionauditor.rules.facts;

import io.executionauditor.plan.Status;

/**
 * One owner of one item. {@code itemBlocked}: the item is blocked by its status or its latest update.
 *  {@code knownPerson}: listed in People. {@code teamName}: the name is a team's (from the
 * Team columns). {@code capacity}: the owner's capacity in the item's period, {@code null} when unknown.
 */
public record OwnerLink(String itemKey, String owner, String itemTeam, Status itemStatus, boolean itemOpen,
        boolean itemBlocked,
        Double itemEstimate, boolean knownPerson, boolean teamName, Double capacity) {
}
