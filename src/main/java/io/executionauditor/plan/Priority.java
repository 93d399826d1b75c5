package io.executionauditor.plan;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Priorities normalise to a rank: 1 is the top, 4 the lowest. */
public final class Priority {
    public static final int TOP = 1;
    public static final int LOWEST = 4;

    private static final Map<String, Integer> RANKS = new HashMap<>();

    static {
        rank(1, "p0", "highest", "blocker", "critical", "must", "must have", "urgent", "1");
        rank(2, "p1", "high", "major", "should", "should have", "2");
        rank(3, "p2", "medium", "minor", "could", "could have", "normal", "3");
        rank(4, "p3", "low", "lowest", "trivial", "won't", "wont", "won't have", "wont have", "4");
    }

    private Priority() {
    }

    private static void rank(int rank, String... names) {
        for (String name : names) {
            RANKS.put(Normalizer.key(name), rank);
        }
    }

    public static Optional<Integer> parse(String text) {
        return Optional.ofNullable(RANKS.get(Normalizer.key(text)));
    }

    public static String accepted() {
        return "P0-P3, Highest/High/Medium/Low/Lowest, Blocker/Critical/Major/Minor/Trivial or Must/Should/Could/Won't";
    }
}
