package io.executionauditor.plan;

import java.util.Locale;

/** Loose matching of names written by people: case, spaces, '_', '-', '.', '\'' and '/' do not matter. */
public final class Normalizer {
    private Normalizer() {
    }

    public static String key(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
