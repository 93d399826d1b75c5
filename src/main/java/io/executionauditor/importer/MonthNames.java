package io.executionauditor.importer;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Month names as people and tools write them in English, Spanish, French, German and Portuguese: whole ({@code März},
 * {@code septiembre}) or cut short with or without a dot ({@code Mar}, {@code nov}, {@code févr.}, {@code Okt},
 * {@code set}). Jira writes dates with the user's language ({@code 10/nov/25 4:51 PM}), and so do spreadsheets.
 */
final class MonthNames {
    /** Each month's names, lower case, accents dropped; an abbreviation is any start of three letters or more. */
    private static final String[][] NAMES = {
        {"january", "enero", "janvier", "januar", "janner", "janeiro"},
        {"february", "febrero", "fevrier", "februar", "fevereiro"},
        {"march", "marzo", "mars", "marz", "maerz", "marco"},
        {"april", "abril", "avril"},
        {"may", "mayo", "mai", "maio"},
        {"june", "junio", "juin", "juni", "junho"},
        {"july", "julio", "juillet", "juli", "julho"},
        {"august", "agosto", "aout"},
        {"september", "septiembre", "setiembre", "septembre", "setembro"},
        {"october", "octubre", "octobre", "oktober", "outubro"},
        {"november", "noviembre", "novembre", "novembro"},
        {"december", "diciembre", "decembre", "dezember", "dezembro"},
    };

    private MonthNames() {
    }

    /**
     * 1-12 for a month's name or the start of one (three letters or more, a trailing dot allowed), else 0; 0 too when
     * the letters start names of two months ({@code jui}: juin or juillet).
     */
    static int month(String text) {
        String key = fold(text);
        if (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        if (key.length() < 3) {
            return 0;
        }
        int found = 0;
        for (int i = 0; i < NAMES.length; i++) {
            for (String name : NAMES[i]) {
                if (name.startsWith(key)) {
                    if (found != 0 && found != i + 1) {
                        return 0;
                    }
                    found = i + 1;
                }
            }
        }
        return found;
    }

    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
