package io.executionauditor.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date cells of one sheet. Unambiguous dates (Excel dates, yyyy-mm-dd, 3 Mar 2026) are set at once;
 * dd/mm/yyyy and mm/dd/yyyy are told apart per column: the column's slash dates are kept until the end of the sheet,
 * then a day above 12 in the first part makes the column day-first, in the second part month-first. A column with
 * both, or with neither while some dates read differently both ways, is ambiguous: one issue, those dates left empty.
 */
public final class DateColumns {
    static final String EXPECTED = "expected yyyy-mm-dd or dd/mm/yyyy";

    private static final String TIME = "(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*(?:Z|[+-]\\d{2}:?\\d{2}|[AaPp][Mm])?)?";
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})" + TIME);
    private static final Pattern SLASH = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})" + TIME);
    private static final Pattern DAY_MONTH_NAME = Pattern
            .compile("(\\d{1,2})[\\s\\-/.]+(\\p{L}{3,10})\\.?[\\s\\-/.,]+(\\d{4}|\\d{2})" + TIME);
    private static final Pattern MONTH_NAME_DAY = Pattern
            .compile("(\\p{L}{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME);
    /** Excel's 1900 date system: serial 1 is 1900-01-01; serial 60 is the 29 February 1900 Excel wrongly keeps. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final double LAST_EXCEL_SERIAL = 2958465; // 9999-12-31

    /**
     * The day/month order the workbook's columns have settled so far, shared by the sheets of one import: a column
     * whose own dates could be read either way follows it (one export uses one convention), with a warning.
     */
    public static final class Convention {
        private Boolean dayFirst;
        private String decidedBy;
        private boolean conflicting;

        void decided(boolean isDayFirst, String where) {
            if (dayFirst == null) {
                dayFirst = isDayFirst;
                decidedBy = where;
            } else if (dayFirst != isDayFirst) {
                conflicting = true;
            }
        }

        Boolean dayFirst() {
            return conflicting ? null : dayFirst;
        }
    }

    private final String sheet;
    private final Issues issues;
    private final Convention convention;
    private final Map<String, Group> groups = new LinkedHashMap<>();

    public DateColumns(String sheet, Issues issues) {
        this(sheet, issues, new Convention());
    }

    DateColumns(String sheet, Issues issues, Convention convention) {
        this.sheet = sheet;
        this.issues = issues;
        this.convention = convention;
    }

    /**
     * Reads one date cell of the column {@code header}; {@code group} is the set of cells whose day/month order is
     * decided together (usually the column). The date goes to {@code target} now or when {@link #resolve()} runs; an
     * unreadable one is reported and never reaches it.
     */
    public void read(RawCell cell, int row, String header, String group, Consumer<LocalDate> target) {
        if (cell.isBlank()) {
            return;
        }
        if (cell.date() != null) {
            target.accept(cell.date());
            return;
        }
        if (cell.number() != null) {
            LocalDate date = fromExcelSerial(cell.number());
            if (date == null) {
                notADate(row, header, cell.asText(), EXPECTED);
            } else {
                target.accept(date);
            }
            return;
        }
        String text = cell.asText();
        Matcher m = ISO.matcher(text);
        if (m.matches()) {
            LocalDate date = date(m.group(1), m.group(2), m.group(3));
            if (date == null) {
                notADate(row, header, text, EXPECTED);
            } else {
                target.accept(date);
            }
            return;
        }
        m = SLASH.matcher(text);
        if (m.matches()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(3));
            int year = year(m.group(4));
            if (first < 1 || second < 1 || first > 31 || second > 31 || (first > 12 && second > 12)) {
                notADate(row, header, text, EXPECTED);
            } else {
                groups.computeIfAbsent(group, g -> new Group()).add(new Slash(row, header, text, first, second,
                        year, target));
            }
            return;
        }
        LocalDate named = withMonthName(text);
        if (named != null) {
            target.accept(named);
            return;
        }
        notADate(row, header, text, EXPECTED);
    }

    /** Decides each column's day/month order and sets its dates; call once, at the end of the sheet. */
    public void resolve() {
        for (Group group : groups.values()) {
            if (group.dayFirst != null ^ group.monthFirst != null) {
                convention.decided(group.dayFirst != null, sheet + " column " + group.dates.get(0).header());
            }
        }
        for (Group group : groups.values()) {
            group.resolve();
        }
        groups.clear();
    }

    /** A date from an Excel serial number (1900 date system), or null when the number is no date. */
    static LocalDate fromExcelSerial(double serial) {
        if (!(serial >= 1) || serial > LAST_EXCEL_SERIAL) {
            return null;
        }
        long days = (long) Math.floor(serial);
        if (days < 60) {
            days++; // before Excel's phantom 29 February 1900
        }
        return EXCEL_EPOCH.plusDays(days);
    }

    private void notADate(int row, String header, String text, String expected) {
        issues.error(sheet, row, header, "\"" + text + "\" is not a date (" + expected + ")");
    }

    private static int year(String text) {
        int year = Integer.parseInt(text);
        if (text.length() == 2) {
            year += year < 70 ? 2000 : 1900;
        }
        return year;
    }

    private static LocalDate date(String year, String month, String day) {
        return date(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate withMonthName(String text) {
        Matcher m = DAY_MONTH_NAME.matcher(text);
        if (m.matches()) {
            int month = MonthNames.month(m.group(2));
            return month == 0 ? null : date(year(m.group(3)), month, Integer.parseInt(m.group(1)));
        }
        m = MONTH_NAME_DAY.matcher(text);
        if (m.matches()) {
            int month = MonthNames.month(m.group(1));
            return month == 0 ? null : date(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)));
        }
        return null;
    }

    /** A dd/mm or mm/dd date waiting for its column to decide. */
    private record Slash(int row, String header, String text, int first, int second, int year,
            Consumer<LocalDate> target) {
        boolean sameBothWays() {
            return first == second;
        }
    }

    /** The slash dates of one column. */
    private final class Group {
        private final List<Slash> dates = new ArrayList<>();
        private Slash dayFirst;
        private Slash monthFirst;
        private Slash undecided;

        void add(Slash date) {
            dates.add(date);
            if (date.first() > 12 && dayFirst == null) {
                dayFirst = date;
            } else if (date.second() > 12 && monthFirst == null) {
                monthFirst = date;
            } else if (!date.sameBothWays() && date.first() <= 12 && date.second() <= 12 && undecided == null) {
                undecided = date;
            }
        }

        public void resolve() {
            Slash example = dates.get(0);
            String column = example.header();
            if (dayFirst != null && monthFirst != null) {
                int left = setSameBothWays();
                issues.error(sheet, 0, column, "column " + column + " mixes day-first (\"" + dayFirst.text()
                        + "\", row " + dayFirst.row() + ") and month-first (\"" + monthFirst.text() + "\", row "
                        + monthFirst.row() + ") dates: " + left + " dates left empty; write them as yyyy-mm-dd");
            } else if (dayFirst != null) {
                setAll(true);
            } else if (monthFirst != null) {
                setAll(false);
            } else if (undecided != null && convention.dayFirst() != null) {
                boolean order = convention.dayFirst();
                setAll(order);
                issues.warning(sheet, 0, column, "dates in column " + column + " read both as dd/mm/yyyy and "
                        + "mm/dd/yyyy (\"" + undecided.text() + "\", row " + undecided.row() + "): read as "
                        + (order ? "dd/mm/yyyy" : "mm/dd/yyyy") + " like " + convention.decidedBy);
            } else if (undecided != null) {
                int left = setSameBothWays();
                issues.error(sheet, 0, column, "dates in column " + column
                        + " read both as dd/mm/yyyy and mm/dd/yyyy (\"" + undecided.text() + "\", row "
                        + undecided.row() + "): " + left + " dates left empty; write them as yyyy-mm-dd");
            } else {
                setSameBothWays();
            }
        }

        private void setAll(boolean dayFirstOrder) {
            String expected = dayFirstOrder ? EXPECTED : "expected yyyy-mm-dd or mm/dd/yyyy, as the rest of column "
                    + dates.get(0).header();
            for (Slash d : dates) {
                LocalDate date = dayFirstOrder ? date(d.year(), d.second(), d.first())
                        : date(d.year(), d.first(), d.second());
                if (date == null) {
                    notADate(d.row(), d.header(), d.text(), expected);
                } else {
                    d.target().accept(date);
                }
            }
        }

        /** Sets the dates that read the same both ways (05/05/2026), reports the impossible ones; returns how many
         * other dates were left empty. */
        private int setSameBothWays() {
            int left = 0;
            for (Slash d : dates) {
                if (d.sameBothWays()) {
                    LocalDate date = date(d.year(), d.first(), d.second());
                    if (date == null) {
                        notADate(d.row(), d.header(), d.text(), EXPECTED);
                    } else {
                        d.target().accept(date);
                    }
                } else {
                    left++;
                }
            }
            return left;
        }
    }
}
