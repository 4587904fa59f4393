import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client for the Relais local-exchange (SEL) benchmark (see bench/README.md). No dependencies: run
 * with {@code java bench/ExchangeLoad.java <mode> ...}. A separate program from OrdersLoad.java (its small
 * helpers are copied here).
 *
 * <pre>
 * tokens  BASE EMAIL_FILE PASSWORD                      prints one API token per e-mail
 * join    BASE TOKEN_FILE SEL_ID                        each token's member joins the SEL (charter accepted)
 * pay     BASE TOKEN_FILE MEMBER_FILE SEL_ID CLIENTS WARMUP_S SECONDS
 *         client i pays 1 unit to the next member in the ring (MEMBER_FILE: the member ids, in the
 *         tokens' order), a fresh Idempotency-Key per request
 * race    BASE TOKEN PAYEE_FILE SEL_ID N                N payments of 1 unit at once from one member,
 *         to the payees of PAYEE_FILE in turn
 * get     BASE TOKEN PATH                               prints the answer's body
 * selid   NAME                                          prints UUID.nameUUIDFromBytes(NAME), as the demo data draws ids
 * </pre>
 */
public class ExchangeLoad {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "tokens" -> tokens(args[1], Files.readAllLines(Path.of(args[2])), args[3]);
            case "join" -> join(args[1], lines(args[2]), args[3]);
            case "pay" -> pay(args[1], lines(args[2]), lines(args[3]), args[4],
                    Integer.parseInt(args[5]), Integer.parseInt(args[6]), Integer.parseInt(args[7]));
            case "race" -> race(args[1], args[2].trim(), lines(args[3]), args[4], Integer.parseInt(args[5]));
            case "get" -> get(args[1], args[2].trim(), args[3]);
            case "selid" -> System.out.println(UUID.nameUUIDFromBytes(args[1].getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    static List<String> lines(String file) throws Exception {
        return Files.readAllLines(Path.of(file)).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
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

    static void join(String base, List<String> tokens, String selId) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        int joined = 0;
        for (String token : tokens) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/exchange/sels/" + selId + "/join"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"charterAccepted\":true}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("join: " + response.statusCode() + " " + response.body());
            }
            joined++;
        }
        System.out.println("joined " + joined);
    }

    static HttpRequest payment(String base, String token, String selId, String payee, String memo) {
        String body = "{\"selId\":\"" + selId + "\",\"payeeId\":\"" + payee + "\",\"amount\":1,\"memo\":\"" + memo + "\"}";
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/exchange/transfers"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static void pay(String base, List<String> tokens, List<String> members, String selId, int clients,
            int warmupSeconds, int seconds) throws Exception {
        if (tokens.size() != members.size()) throw new IllegalArgumentException("tokens and members differ in number");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long start = System.nanoTime();
        long measureFrom = start + Duration.ofSeconds(warmupSeconds).toNanos();
        long end = measureFrom + Duration.ofSeconds(seconds).toNanos();
        List<long[]> perThread = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(clients);
        for (int i = 0; i < clients; i++) {
            String token = tokens.get(i % tokens.size());
            String payee = members.get((i + 1) % members.size());
            long[] latencies = new long[2_000_000];
            perThread.add(latencies);
            int index = i;
            new Thread(() -> {
                int n = 0;
                try {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        HttpResponse<Void> response = http.send(payment(base, token, selId, payee, "bench"),
                                HttpResponse.BodyHandlers.discarding());
                        long t1 = System.nanoTime();
                        if (t0 >= measureFrom && t1 <= end) {
                            if (response.statusCode() == 201) {
                                latencies[n++] = t1 - t0;
                                ok.incrementAndGet();
                            } else {
                                errors.incrementAndGet();
                                statuses.computeIfAbsent(response.statusCode(), k -> new AtomicLong()).incrementAndGet();
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
        System.out.printf("payments: clients=%d seconds=%d payments=%d errors=%d%s throughput=%.1f/s p50=%.1fms p95=%.1fms p99=%.1fms%n",
                clients, seconds, ok.get(), errors.get(), statuses.isEmpty() ? "" : " statuses=" + new TreeMap<>(statuses),
                ok.get() / (double) seconds, pct(all, 50), pct(all, 95), pct(all, 99));
    }

    static void race(String base, String token, List<String> payees, String selId, int n) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(n);
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong floorRefusals = new AtomicLong();
        for (int i = 0; i < n; i++) {
            HttpRequest request = payment(base, token, selId, payees.get(i % payees.size()), "race " + i);
            new Thread(() -> {
                try {
                    ready.countDown();
                    go.await();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    statuses.computeIfAbsent(response.statusCode(), k -> new AtomicLong()).incrementAndGet();
                    if (response.statusCode() == 422 && response.body().toLowerCase().contains("floor")) {
                        floorRefusals.incrementAndGet();
                    }
                } catch (Exception e) {
                    statuses.computeIfAbsent(-1, k -> new AtomicLong()).incrementAndGet();
                    System.err.println("race: " + e);
                } finally {
                    done.countDown();
                }
            }).start();
        }
        ready.await();
        go.countDown();
        done.await();
        long made = statuses.getOrDefault(201, new AtomicLong()).get();
        System.out.printf("race: requests=%d paid=%d refused=%d (of which naming the floor: %d) statuses=%s%n",
                n, made, n - made, floorRefusals.get(), new TreeMap<>(statuses));
    }

    static void get(String base, String token, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
        }
        System.out.println(response.body());
    }

    static double pct(long[] sorted, int p) {
        if (sorted.length == 0) return Double.NaN;
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1_000_000.0;
    }
}
