package io.executionauditor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a JVM's unified GC log ({@code -Xlog:gc,gc+heap+exit:file=F}) for the heap a process needed. Heap in use
 * only grows between collections, so its peak is the largest occupancy logged before a collection
 * ({@code Pause Young ... 187M->16M(380M)}) or at exit ({@code garbage-first heap total 231424K, used 47028K}).
 * Also reported: the largest occupancy after a collection (what was live) and the largest committed heap.
 *
 * <p>Usage: {@code GcLog FILE...}; prints {@code peak-mb=N live-mb=N committed-mb=N collections=N}, the largest
 * of each over all the files (the runs of one measurement).
 */
public final class GcLog {
    private static final Pattern PAUSE = Pattern.compile(
            "Pause .*?(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");
    private static final Pattern EXIT = Pattern.compile("heap\\s+total (\\d+)K, used (\\d+)K");

    /** Heap figures in MiB; {@code collections} counts the pauses that logged occupancy. */
    public record Heap(long peakMb, long liveMb, long committedMb, int collections) {
        static final Heap NONE = new Heap(0, 0, 0, 0);

        Heap max(Heap other) {
            return new Heap(Math.max(peakMb, other.peakMb), Math.max(liveMb, other.liveMb),
                    Math.max(committedMb, other.committedMb), Math.max(collections, other.collections));
        }
    }

    private GcLog() {
    }

    public static void main(String[] args) throws IOException {
        Heap heap = Heap.NONE;
        for (String file : args) {
            heap = heap.max(parse(Files.readAllLines(Path.of(file))));
        }
        System.out.printf("peak-mb=%d live-mb=%d committed-mb=%d collections=%d%n", heap.peakMb(), heap.liveMb(),
                heap.committedMb(), heap.collections());
    }

    public static Heap parse(List<String> lines) {
        Heap heap = Heap.NONE;
        int collections = 0;
        for (String line : lines) {
            Matcher pause = PAUSE.matcher(line);
            Matcher exit = EXIT.matcher(line);
            if (pause.find()) {
                collections++;
                heap = heap.max(new Heap(mb(pause.group(1), pause.group(2)), mb(pause.group(3), pause.group(4)),
                        mb(pause.group(5), pause.group(6)), 0));
            } else if (exit.find()) {
                heap = heap.max(new Heap(mb(exit.group(2), "K"), 0, mb(exit.group(1), "K"), 0));
            }
        }
        return heap.max(new Heap(0, 0, 0, collections));
    }

    private static long mb(String amount, String unit) {
        long value = Long.parseLong(amount);
        return switch (unit) {
            case "K" -> (value + 1023) / 1024;
            case "G" -> value * 1024;
            default -> value;
        };
    }
}
