package io.executionauditor.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Reads the sheets the mapping needs last on the other core while it maps the first ones: a large plan's Updates
 * sheet holds more rows than its Items, and the mapping reads it only once Items are done (updates name items).
 * The later sheets are parsed by a second reader of the same file into rows held in memory, then handed to the
 * mapping in order, as if read then; a sheet the second reader cannot read fails where the mapping reaches it, with
 * the same message. Parsing dominates reading (the XML, the shared strings, the date formats), so this halves the
 * time a large workbook takes to read on two cores, for the memory the buffered rows take.
 */
final class PrefetchingSource implements SheetSource {
    /** Opens a second, independent reader of the same input (readers keep state: they cannot be shared). */
    @FunctionalInterface
    interface Opener {
        SheetSource open() throws UnreadableInputException;
    }

    private record Row(int number, List<RawCell> cells) {
    }

    private final SheetSource source;
    private final Map<String, FutureTask<List<Row>>> prefetched = new HashMap<>();
    /** Set when the import is over: a sheet still being read is abandoned. */
    private volatile boolean closed;

    private PrefetchingSource(SheetSource source) {
        this.source = source;
    }

    /**
     * Starts reading those of {@code later} (sheet titles) the source has from a second reader at once, on a thread
     * of its own; the source as it is when it has none of them.
     */
    static SheetSource of(SheetSource source, Opener second, List<String> later) {
        Set<String> present = new HashSet<>();
        source.sheetNames().forEach(name -> present.add(name.strip().toLowerCase(Locale.ROOT)));
        later = later.stream().filter(sheet -> present.contains(sheet.toLowerCase(Locale.ROOT))).toList();
        if (later.isEmpty()) {
            return source;
        }
        PrefetchingSource prefetching = new PrefetchingSource(source);
        Map<String, FutureTask<List<Row>>> tasks = prefetching.prefetched;
        List<FutureTask<List<Row>>> inOrder = new ArrayList<>();
        FutureTask<SheetSource> opened = new FutureTask<>(second::open);
        for (String sheet : later) {
            FutureTask<List<Row>> task = new FutureTask<>(() -> {
                List<Row> rows = new ArrayList<>();
                SheetSource reader = opened.get();
                return reader.readSheet(sheet, (number, cells) -> {
                    if (prefetching.closed) {
                        throw new CancellationException("the import ended before it needed " + sheet);
                    }
                    rows.add(new Row(number, cells.isEmpty() ? List.of() : cells));
                }) ? rows : null;
            });
            tasks.put(sheet.toLowerCase(Locale.ROOT), task);
            inOrder.add(task);
        }
        Thread thread = new Thread(() -> {
            opened.run();
            try {
                inOrder.forEach(FutureTask::run);
            } finally {
                closeQuietly(opened);
            }
        }, "sheet-prefetch");
        thread.setDaemon(true);
        thread.start();
        return prefetching;
    }

    @Override
    public String fileName() {
        return source.fileName();
    }

    @Override
    public List<String> sheetNames() {
        return source.sheetNames();
    }

    @Override
    public boolean readSheet(String sheet, RowHandler handler) throws UnreadableInputException {
        FutureTask<List<Row>> task = prefetched.remove(sheet.toLowerCase(Locale.ROOT));
        if (task == null) {
            return source.readSheet(sheet, handler);
        }
        List<Row> rows = awaited(task);
        if (rows == null) {
            return false;
        }
        for (Row row : rows) {
            handler.row(row.number(), row.cells());
        }
        return true;
    }

    private static List<Row> awaited(FutureTask<List<Row>> task) throws UnreadableInputException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a sheet", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof ExecutionException opening ? opening.getCause() : e.getCause();
            if (cause instanceof UnreadableInputException unreadable) {
                throw unreadable;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        closed = true;
        prefetched.clear();
        source.close();
    }

    private static void closeQuietly(FutureTask<SheetSource> opened) {
        try {
            if (opened.isDone() && !opened.isCancelled()) {
                opened.get().close();
            }
        } catch (ExecutionException | RuntimeException e) {
            // nothing was opened
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
