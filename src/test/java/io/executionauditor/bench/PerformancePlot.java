package io.executionauditor.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Draws the scale benchmark's plot, time against plan size, as a hand-written SVG (no plotting library): the bare
 * streaming read of the workbook (the floor), the whole audit, and the audit's budget of 1.5 times the floor
 * (DESIGN.md section 10), from the benchmark's {@code results.tsv} (columns {@code items}, {@code floor_s},
 * {@code audit_s}, found by their header).
 *
 * <p>Usage: {@code PerformancePlot RESULTS.tsv OUT.svg [SUBTITLE]}.
 */
public final class PerformancePlot {
    static final double BUDGET = 1.5;
    static final int WIDTH = 900;
    static final int HEIGHT = 560;
    static final int LEFT = 90;
    static final int RIGHT = 40;
    static final int TOP = 80;
    static final int BOTTOM = 70;

    /** The lines drawn, in the legend's order. */
    enum Series {
        AUDIT("#c8331e", "", "whole audit, JSON written (-Xmx1g)", Point::auditSeconds),
        BUDGET("#8a8a8a", " stroke-dasharray=\"6 5\"", "target: at most 1.5 \u00d7 the floor",
                p -> PerformancePlot.BUDGET * p.floorSeconds()),
        FLOOR("#1f6fb4", "", "floor: streaming read of every cell", Point::floorSeconds);

        final String colour;
        final String dash;
        final String label;
        final ToDoubleFunction<Point> seconds;

        Series(String colour, String dash, String label, ToDoubleFunction<Point> seconds) {
            this.colour = colour;
            this.dash = dash;
            this.label = label;
            this.seconds = seconds;
        }
    }

    /** One plan size: its items and the median seconds of the floor and of the audit. */
    public record Point(double items, double floorSeconds, double auditSeconds) {
    }

    /** Maps data to the drawing: items 0..xMax left to right, seconds 0..yMax bottom to top. */
    record Scale(double xMax, double xStep, double yMax, double yStep) {
        static Scale of(List<Point> points) {
            double items = points.stream().mapToDouble(Point::items).max().orElse(1);
            double seconds = points.stream().mapToDouble(p -> Math.max(p.auditSeconds(), BUDGET * p.floorSeconds()))
                    .max().orElse(1);
            double xStep = step(items);
            double yStep = step(seconds);
            return new Scale(Math.ceil(items / xStep) * xStep, xStep, Math.ceil(seconds / yStep) * yStep, yStep);
        }

        double x(double items) {
            return LEFT + (WIDTH - LEFT - RIGHT) * items / xMax;
        }

        double y(double seconds) {
            return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * seconds / yMax;
        }
    }

    private PerformancePlot() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: PerformancePlot RESULTS.tsv OUT.svg [SUBTITLE]");
            System.exit(2);
        }
        List<Point> points = read(Path.of(args[0]));
        Files.writeString(Path.of(args[1]), svg(points, args.length == 3 ? args[2] : ""));
        System.out.println("wrote " + args[1] + " (" + points.size() + " plan sizes)");
    }

    public static List<Point> read(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv);
        List<String> header = Arrays.asList(lines.get(0).split("\t"));
        int items = column(header, "items", tsv);
        int floor = column(header, "floor_s", tsv);
        int audit = column(header, "audit_s", tsv);
        List<Point> points = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                String[] cells = line.split("\t");
                points.add(new Point(Double.parseDouble(cells[items]), Double.parseDouble(cells[floor]),
                        Double.parseDouble(cells[audit])));
            }
        }
        points.sort((a, b) -> Double.compare(a.items(), b.items()));
        return points;
    }

    public static String svg(List<Point> points, String subtitle) {
        Scale scale = Scale.of(points);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, """
                <svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" \
                font-family="DejaVu Sans, Arial, sans-serif" font-size="13">
                <rect width="100%%" height="100%%" fill="white"/>
                <text x="%d" y="32" font-size="18" font-weight="bold">Audit time against plan size</text>
                <text x="%d" y="54" fill="#555">%s</text>
                """, WIDTH, HEIGHT, WIDTH, HEIGHT, LEFT, LEFT, escape(subtitle)));
        axes(svg, scale);
        line(svg, scale, points, Series.BUDGET);
        line(svg, scale, points, Series.FLOOR);
        line(svg, scale, points, Series.AUDIT);
        legend(svg);
        return svg.append("</svg>\n").toString();
    }

    private static void axes(StringBuilder svg, Scale scale) {
        double left = scale.x(0);
        double right = scale.x(scale.xMax());
        double bottom = scale.y(0);
        double top = scale.y(scale.yMax());
        for (double seconds : ticks(scale.yStep(), scale.yMax())) {
            double y = scale.y(seconds);
            svg.append(String.format(Locale.ROOT, """
                    <line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#e3e3e3"/>
                    <text x="%.1f" y="%.1f" text-anchor="end">%s</text>
                    """, left, y, right, y, left - 8, y + 4, number(seconds)));
        }
        for (double items : ticks(scale.xStep(), scale.xMax())) {
            double x = scale.x(items);
            svg.append(String.format(Locale.ROOT, """
                    <line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#333"/>
                    <text x="%.1f" y="%.1f" text-anchor="middle">%s</text>
                    """, x, bottom, x, bottom + 5, x, bottom + 21, number(items)));
        }
        svg.append(String.format(Locale.ROOT, """
                <polyline points="%.1f,%.1f %.1f,%.1f %.1f,%.1f" fill="none" stroke="#333"/>
                <text x="%.1f" y="%d" text-anchor="middle">work items in the plan</text>
                <text transform="translate(24 %.1f) rotate(-90)" text-anchor="middle">seconds, whole process \
                (median)</text>
                """, left, top, left, bottom, right, bottom, (left + right) / 2, HEIGHT - 18, (top + bottom) / 2));
    }

    private static void line(StringBuilder svg, Scale scale, List<Point> points, Series series) {
        StringBuilder coordinates = new StringBuilder();
        for (Point point : points) {
            coordinates.append(String.format(Locale.ROOT, "%.1f,%.1f ", scale.x(point.items()),
                    scale.y(series.seconds.applyAsDouble(point))));
        }
        svg.append(String.format(Locale.ROOT, "<polyline class=\"%s\" points=\"%s\" fill=\"none\" stroke=\"%s\" "
                + "stroke-width=\"2.5\"%s/>%n", series.name().toLowerCase(Locale.ROOT), coordinates.toString().trim(),
                series.colour, series.dash));
        if (series == Series.BUDGET) {
            return;
        }
        for (Point point : points) {
            double seconds = series.seconds.applyAsDouble(point);
            double x = scale.x(point.items());
            double y = scale.y(seconds);
            svg.append(String.format(Locale.ROOT, """
                    <circle cx="%.1f" cy="%.1f" r="4.5" fill="%s"/>
                    <text x="%.1f" y="%.1f" text-anchor="end" fill="%s" stroke="white" stroke-width="4" \
                    paint-order="stroke">%.1f s</text>
                    """, x, y, series.colour, x - 8, series == Series.AUDIT ? y - 9 : y + 18, series.colour,
                    seconds));
        }
    }

    private static void legend(StringBuilder svg) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"290\" height=\"%d\" fill=\"white\" "
                + "fill-opacity=\"0.85\"/>%n", LEFT + 8, TOP, 22 * Series.values().length + 6));
        int y = TOP + 14;
        for (Series series : Series.values()) {
            svg.append(String.format(Locale.ROOT, """
                    <line x1="%d" y1="%d" x2="%d" y2="%d" stroke="%s" stroke-width="2.5"%s/>
                    <text x="%d" y="%d">%s</text>
                    """, LEFT + 16, y, LEFT + 46, y, series.colour, series.dash, LEFT + 54, y + 4, series.label));
            y += 22;
        }
    }

    /** 0, step, 2 step... up to max (computed, not summed, so 0.1 steps do not drift). */
    private static double[] ticks(double step, double max) {
        return IntStream.rangeClosed(0, (int) Math.round(max / step)).mapToDouble(tick -> tick * step).toArray();
    }

    /** 1, 2 or 5 times a power of ten, so that about five steps span {@code max}. */
    static double step(double max) {
        if (max <= 0) {
            return 1;
        }
        double rough = max / 5;
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%,d", (long) value)
                : BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static int column(List<String> header, String name, Path tsv) throws IOException {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IOException(tsv + ": no column " + name + " in " + header);
        }
        return index;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
