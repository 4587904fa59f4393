import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load client for the community benchmark (see bench/README.md). No dependencies: run with
 * {@code java bench/CommunityLoad.java <mode> ...}. Tokens are made with ExchangeLoad.java's {@code tokens}.
 *
 * <pre>
 * register BASE TOKEN_FILE EVENT_ID     every token registers for the event at the same moment (one thread each);
 *                                       prints how many got a seat, a waitlist place, another answer, and the latencies
 * time     BASE TOKEN PATH N            GETs PATH N times after 20 warm-up requests; prints p50/p95/p99 and the size
 * </pre>
 */
public class CommunityLoad {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "register" -> register(args[1], lines(args[2]), args[3]);
            case "time" -> time(args[1], args[2].trim(), args[3], Integer.parseInt(args[4]));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    static List<String> lines(String file) throws Exception {
        return Files.readAllLines(Path.of(file)).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static void register(String base, List<String> tokens, String eventId) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        CountDownLatch ready = new CountDownLatch(tokens.size());
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(tokens.size());
        Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        for (String token : tokens) {
            new Thread(() -> {
                try {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/events/" + eventId + "/registrations"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
                    ready.countDown();
                    go.await();
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    latencies.add(System.nanoTime() - t0);
                    String kind = response.statusCode() != 201 ? "status" + response.statusCode()
                            : response.body().contains("REGISTERED") ? "seat" : "waitlist";
                    answers.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
                } catch (Exception e) {
                    answers.computeIfAbsent("error", k -> new AtomicLong()).incrementAndGet();
                } finally {
                    done.countDown();
                }
            }).start();
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        done.await();
        long wall = System.nanoTime() - start;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("registrations=%d answers=%s wall=%.0fms p50=%.1fms p99=%.1fms max=%.1fms%n",
                tokens.size(), new java.util.TreeMap<>(answers), wall / 1e6, pct(sorted, 0.50), pct(sorted, 0.99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
    }

    static void time(String base, String token, String path, int n) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).GET().build();
        for (int i = 0; i < 20; i++) {
            http.send(request, HttpResponse.BodyHandlers.discarding());
        }
        List<Long> sorted = new ArrayList<>();
        int size = 0;
        int status = 0;
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            sorted.add(System.nanoTime() - t0);
            size = response.body().length;
            status = response.statusCode();
        }
        Collections.sort(sorted);
        System.out.printf("GET %s status=%d n=%d p50=%.1fms p95=%.1fms p99=%.1fms bytes=%d%n",
                path, status, n, pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99), size);
    }

    static double pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * p))) / 1e6;
    }
}
