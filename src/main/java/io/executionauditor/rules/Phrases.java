package io.executionauditor.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Small helpers rule consequences use to word findings. */
public final class Phrases {
    private Phrases() {
    }

    /** "1 day", "4 days". */
    public static String days(long count) {
        return count + (count == 1 ? " day" : " days");
    }

    /** Item keys in reading order: PAY-9 before PAY-10. */
    public static List<String> sorted(Collection<?> keys) {
        List<String> sorted = new ArrayList<>();
        keys.forEach(key -> sorted.add(String.valueOf(key)));
        sorted.sort(Phrases::compareKeys);
        return sorted;
    }

    private static int compareKeys(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endA = i;
                int endB = j;
                while (endA < a.length() && Character.isDigit(a.charAt(endA))) {
                    endA++;
                }
                while (endB < b.length() && Character.isDigit(b.charAt(endB))) {
                    endB++;
                }
                int byNumber = new java.math.BigInteger(a.substring(i, endA))
                        .compareTo(new java.math.BigInteger(b.substring(j, endB)));
                if (byNumber != 0) {
                    return byNumber;
                }
                i = endA;
                j = endB;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
