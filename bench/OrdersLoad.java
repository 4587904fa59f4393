import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client for the Relais orders benchmark (see bench/README.md). No dependencies: run with
 * {@code java bench/OrdersLoad.java <mode> ...}.
 *
 * <pre>
 * tokens  BASE EMAIL_FILE PASSWORD            prints one API token per e-mail
 * place   BASE TOKEN_FILE OFFER_ID CLIENTS WARMUP_S SECONDS
 * board   BASE EMAIL PASSWORD WARMUP_N N
 * </pre>
 */
public class OrdersLoad {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "tokens" -> tokens(args[1], Files.readAllLines(Path.of(args[2])), args[3]);
            case "place" -> place(args[1], Files.readAllLines(Path.of(args[2])), args[3],
                    Integer.parseInt(args[4]), Integer.parseInt(args[5]), Integer.parseInt(args[6]));
            case "board" -> board(args[1], args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    static void tokens(String base, List<String> emails, String password) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String email : emails) {
            if (email.isBlank()) continue;
            String body = "{\"email\":\"" + email.trim() + "\",\"password\":\"" + password + "\",\"name\":\"bench\"}";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/tokens"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
            if (response.statusCode() != 201 || !m.find()) {
                throw new IllegalStateException("token for " + email + ": " + response.statusCode() + " " + response.body());
            }
            System.out.println(m.group(1));
        }
    }

    static void place(String base, List<String> tokens, String offerId, int clients, int warmupSeconds, int seconds)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long start = System.nanoTime();
        long measureFrom = start + Duration.ofSeconds(warmupSeconds).toNanos();
        long end = measureFrom + Duration.ofSeconds(seconds).toNanos();
        List<long[]> perThread = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        for (int i = 0; i < clients; i++) {
            String token = tokens.get(i % tokens.size()).trim();
            long[] latencies = new long[2_000_000];
            perThread.add(latencies);
            int index = i;
            new Thread(() -> {
                int n = 0;
                try {
                    String body = "{\"offerId\":\"" + offerId + "\",\"quantity\":1,\"note\":\"bench\"}";
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/orders"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .header("Idempotency-Key", UUID.randomUUID().toString())
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.discarding());
                        long t1 = System.nanoTime();
                        if (t0 >= measureFrom && t1 <= end) {
                            if (response.statusCode() == 201) {
                                latencies[n++] = t1 - t0;
                                ok.incrementAndGet();
                            } else {
                                errors.incrementAndGet();
                            }
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    System.err.println("client " + index + ": " + e);
                } finally {
                    latencies[latencies.length - 1] = n;
                    done.countDown();
                }
            }).start();
        }
        done.await();
        long[] all = perThread.stream().flatMapToLong(a -> Arrays.stream(a, 0, (int) a[a.length - 1])).sorted().toArray();
        System.out.printf("placement: clients=%d seconds=%d orders=%d errors=%d throughput=%.1f/s p50=%.1fms p95=%.1fms p99=%.1fms%n",
                clients, seconds, ok.get(), errors.get(), ok.get() / (double) seconds,
                pct(all, 50), pct(all, 95), pct(all, 99));
    }

    static void board(String base, String email, String password, int warmup, int n) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
        if (!csrf.find()) throw new IllegalStateException("no CSRF token on the login page");
        String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        HttpResponse<Void> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login failed: " + signedIn.statusCode());
        }
        long[] latencies = new long[n];
        int bytes = 0;
        for (int i = 0; i < warmup + n; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/orders/board")).build(),
                    HttpResponse.BodyHandlers.ofString());
            long t1 = System.nanoTime();
            if (page.statusCode() != 200) throw new IllegalStateException("board answered " + page.statusCode());
            bytes = page.body().length();
            if (i >= warmup) latencies[i - warmup] = t1 - t0;
        }
        Arrays.sort(latencies);
        System.out.printf("board: requests=%d p50=%.1fms p95=%.1fms p99=%.1fms page=%dKB%n",
                n, pct(latencies, 50), pct(latencies, 95), pct(latencies, 99), bytes / 1024);

        // The board's own 20-second refresh (htmx), as a browser sends it: with the ETag it holds.
        String etag = null;
        long[] polls = new long[n];
        long polledBytes = 0;
        int notModified = 0;
        for (int i = 0; i < warmup + n; i++) {
            HttpRequest.Builder poll = HttpRequest.newBuilder(URI.create(base + "/orders/board"))
                    .header("HX-Request", "true");
            if (etag != null) poll.header("If-None-Match", etag);
            long t0 = System.nanoTime();
            HttpResponse<String> answer = http.send(poll.build(), HttpResponse.BodyHandlers.ofString());
            long t1 = System.nanoTime();
            if (answer.statusCode() != 200 && answer.statusCode() != 304) {
                throw new IllegalStateException("board refresh answered " + answer.statusCode());
            }
            etag = answer.headers().firstValue("ETag").orElse(etag);
            if (i >= warmup) {
                polls[i - warmup] = t1 - t0;
                polledBytes += answer.body().getBytes(StandardCharsets.UTF_8).length;
                notModified += answer.statusCode() == 304 ? 1 : 0;
            }
        }
        Arrays.sort(polls);
        System.out.printf("board refresh: requests=%d not-modified=%d bytes/poll=%d p50=%.1fms p95=%.1fms%n",
                n, notModified, polledBytes / n, pct(polls, 50), pct(polls, 95));
    }

    static double pct(long[] sorted, int p) {
        if (sorted.length == 0) return Double.NaN;
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1_000_000.0;
    }
}
