package io.executionauditor.bench;

/**
 * The size of a generated plan. People come in teams of ten; each person holds at most two items per period, so a
 * period's load never comes near capacity unless a plant puts it there.
 */
public record PlanShape(int items, int people, int periods, int updates, int changes, long seed) {
    static final int TEAM_SIZE = 10;

    public PlanShape {
        require(people >= TEAM_SIZE && people % TEAM_SIZE == 0, "people must be a multiple of " + TEAM_SIZE);
        require(periods >= 3, "periods must be at least 3");
        require(items >= (long) periods * people, "every person holds an item in every period: items >= periods x people");
        require(items <= 2L * periods * people, "at most two items per person and period: items <= 2 x periods x people");
        require(updates >= 0 && changes >= 0, "updates and changes cannot be negative");
    }

    /** The benchmark's proportions: a person per 50 items, 26 sprints, 3 updates per item, a change per 10 items. */
    public static PlanShape scaled(int items, long seed) {
        return new PlanShape(items, Math.max(TEAM_SIZE, items / 50 / TEAM_SIZE * TEAM_SIZE), 26, 3 * items,
                items / 10, seed);
    }

    int teams() {
        return people / TEAM_SIZE;
    }

    /** The sprint the as-of date falls in: three quarters through the plan, so there is a past and a future. */
    int currentPeriod() {
        return periods * 3 / 4;
    }

    /** A file name that says how the plan was made. */
    String fileName() {
        return "plan-" + items + "i-" + people + "p-" + periods + "s-" + updates + "u-" + changes + "c-seed" + seed
                + ".xlsx";
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
