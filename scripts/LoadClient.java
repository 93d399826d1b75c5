import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on one running server, over loopback: concurrent workers upload plans (POST /api/audits) and download their
 * reports in every format (GET /api/audits/{id}/report), for a bounded time and number of requests. Prints the
 * requests, errors (any status other than the expected one, or an exception), throughput and latency percentiles,
 * per kind of request, and exits 1 if there was any error. Run through scripts/load-test.sh.
 *
 * <p>Arguments: base-url user password seconds workers max-requests plan-file...
 */
public class LoadClient {
    static final String[] FORMATS = {"json", "html", "pdf", "xlsx", "csv", "md"};
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    record Sample(String kind, long nanos, boolean ok, String error) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String auth = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2])
                .getBytes(StandardCharsets.UTF_8));
        long seconds = Long.parseLong(args[3]);
        int workers = Integer.parseInt(args[4]);
        int maxRequests = Integer.parseInt(args[5]);
        List<Path> plans = new ArrayList<>();
        for (int i = 6; i < args.length; i++) {
            plans.add(Path.of(args[i]));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<Sample> samples = new CopyOnWriteArrayList<>();
        List<Long> audits = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger issued = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        Map<String, Integer> errorKinds = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        for (int w = 0; w < workers; w++) {
            int worker = w;
            pool.submit(() -> {
                int round = 0;
                while (System.nanoTime() < deadline && issued.getAndIncrement() < maxRequests) {
                    // one upload in five requests; the rest download a report of an audit made so far
                    boolean upload = audits.isEmpty() || round % 5 == 0;
                    Sample sample = upload ? upload(http, base, auth, plans.get((worker + round) % plans.size()),
                            audits) : download(http, base, auth, audits.get((worker * 31 + round) % audits.size()),
                            FORMATS[(worker + round) % FORMATS.length], bytes);
                    samples.add(sample);
                    if (!sample.ok()) {
                        errorKinds.merge(sample.kind() + ": " + sample.error(), 1, Integer::sum);
                    }
                    round++;
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - started) / 1e9;
        report(samples, elapsed, workers, bytes.get(), errorKinds);
        System.exit(errorKinds.isEmpty() ? 0 : 1);
    }

    static Sample upload(HttpClient http, String base, String auth, Path plan, List<Long> audits) {
        long start = System.nanoTime();
        try {
            String boundary = "----load" + System.nanoTime();
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + plan.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] file = Files.readAllBytes(plan);
            byte[] body = new byte[head.length + file.length + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(file, 0, body, head.length, file.length);
            System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/audits"))
                    .header("Authorization", auth).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long nanos = System.nanoTime() - start;
            if (response.statusCode() != 201) {
                return new Sample("upload", nanos, false, "status " + response.statusCode());
            }
            Matcher id = ID.matcher(response.body());
            if (!id.find()) {
                return new Sample("upload", nanos, false, "no id in the response");
            }
            audits.add(Long.parseLong(id.group(1)));
            return new Sample("upload", nanos, true, null);
        } catch (Exception e) {
            return new Sample("upload", System.nanoTime() - start, false, e.getClass().getSimpleName());
        }
    }

    static Sample download(HttpClient http, String base, String auth, long id, String format, AtomicLong bytes) {
        long start = System.nanoTime();
        String kind = "report " + format;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/audits/" + id + "/report?format="
                    + format)).header("Authorization", auth).timeout(Duration.ofSeconds(120)).GET().build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long nanos = System.nanoTime() - start;
            if (response.statusCode() != 200 || response.body().length == 0) {
                return new Sample(kind, nanos, false, "status " + response.statusCode());
            }
            bytes.addAndGet(response.body().length);
            return new Sample(kind, nanos, true, null);
        } catch (Exception e) {
            return new Sample(kind, System.nanoTime() - start, false, e.getClass().getSimpleName());
        }
    }

    static void report(List<Sample> samples, double elapsed, int workers, long bytes, Map<String, Integer> errors) {
        System.out.printf(Locale.ROOT, "%d requests by %d workers in %.1f s: %.1f requests/s, %d errors, %.1f MB of "
                + "reports downloaded%n", samples.size(), workers, elapsed, samples.size() / elapsed, errors.values()
                .stream().mapToInt(Integer::intValue).sum(), bytes / 1e6);
        System.out.printf(Locale.ROOT, "%-14s %8s %8s %8s %8s %8s%n", "request", "count", "p50 ms", "p90 ms",
                "p99 ms", "max ms");
        List<String> kinds = new ArrayList<>(List.of("all", "upload"));
        for (String format : FORMATS) {
            kinds.add("report " + format);
        }
        for (String kind : kinds) {
            List<Long> nanos = new ArrayList<>();
            for (Sample sample : samples) {
                if (kind.equals("all") || sample.kind().equals(kind)) {
                    nanos.add(sample.nanos());
                }
            }
            if (nanos.isEmpty()) {
                continue;
            }
            Collections.sort(nanos);
            System.out.printf(Locale.ROOT, "%-14s %8d %8.0f %8.0f %8.0f %8.0f%n", kind, nanos.size(),
                    percentile(nanos, 50), percentile(nanos, 90), percentile(nanos, 99),
                    nanos.get(nanos.size() - 1) / 1e6);
        }
        errors.forEach((what, count) -> System.out.println("error: " + count + " x " + what));
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }
}
