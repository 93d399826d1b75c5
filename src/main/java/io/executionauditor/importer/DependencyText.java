package io.executionauditor.importer;

import io.executionauditor.plan.Dependency;
import io.executionauditor.plan.LinkType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A "Depends on" cell: keys separated by {@code ,} {@code ;} or spaces, each optionally followed by a link type and
 * a lag, as schedulers write them: {@code PLAT-3 SS+2d}, {@code 12FS-1d} (a lead), {@code 7 FF}. Lags are in working
 * days; {@code w} is five of them and {@code h} an eighth of one.
 */
final class DependencyText {
    private static final String TYPE = "(FS|SS|FF|SF)";
    private static final String LAG = "([+-]\\d+(?:[.,]\\d+)?)\\s*(d|days?|wd|w|wks?|weeks?|h|hrs?|hours?)?";
    private static final Pattern MODIFIER = Pattern.compile("^" + TYPE + "?(?:" + LAG + ")?$", Pattern.CASE_INSENSITIVE);
    /** MS Project's compact form: a numeric ID glued to its type, {@code 12FS+2d}. */
    private static final Pattern COMPACT = Pattern.compile("^(.*\\d)" + TYPE + "(?:" + LAG + ")?$",
            Pattern.CASE_INSENSITIVE);

    private DependencyText() {
    }

    static List<Dependency> parse(String text) {
        List<Dependency> links = new ArrayList<>();
        for (String token : text.strip().split("[,;\\s]+")) {
            if (token.isEmpty()) {
                continue;
            }
            Matcher modifier = MODIFIER.matcher(token);
            if (!links.isEmpty() && modifier.matches() && (modifier.group(1) != null || modifier.group(2) != null)) {
                Dependency last = links.remove(links.size() - 1);
                links.add(link(last.key(), modifier.group(1), modifier.group(2), modifier.group(3), last));
                continue;
            }
            Matcher compact = COMPACT.matcher(token);
            if (compact.matches()) {
                links.add(link(compact.group(1), compact.group(2), compact.group(3), compact.group(4), null));
            } else {
                links.add(Dependency.finishToStart(token));
            }
        }
        return links;
    }

    private static Dependency link(String key, String type, String lag, String unit, Dependency before) {
        LinkType linkType = type != null ? LinkType.valueOf(type.toUpperCase(Locale.ROOT))
                : before != null ? before.type() : LinkType.FS;
        double days = lag != null ? Double.parseDouble(lag.replace(',', '.')) * unitDays(unit)
                : before != null ? before.lagDays() : 0;
        return new Dependency(key, linkType, days);
    }

    private static double unitDays(String unit) {
        if (unit == null) {
            return 1;
        }
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("w") && !u.equals("wd")) {
            return 5;
        }
        return u.startsWith("h") ? 1.0 / 8 : 1;
    }
}
