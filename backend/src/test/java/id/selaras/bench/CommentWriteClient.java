package id.selaras.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.WebsocketClientSpec;

/**
 * The load generator of the comment write benchmark, its own JVM on loopback: opens N graphql-transport-ws
 * subscribers on one subject's comment activity, then many distinct signed-in citizens add comments over HTTP (closed
 * loop, C at a time, each citizen at most {@code perUser} comments so the per-person rate limit is respected) for a
 * bounded time and count. Reports writes/s and write latency, and how many of the writes × subscribers deliveries
 * arrived and how late (from the moment the mutation was sent).
 */
public final class CommentWriteClient {

    private static final Pattern SEQ = Pattern.compile("bench#(\\d+)#");

    public static void main(String[] args) throws Exception {
        Map<String, String> conf = new HashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            conf.put(a.substring(0, eq), a.substring(eq + 1));
        }
        String base = conf.get("base");
        String subject = conf.get("subject");
        List<String> tokens = Files.readAllLines(Path.of(conf.get("tokens")));
        int subscribers = Integer.parseInt(conf.get("subscribers"));
        int concurrency = Integer.parseInt(conf.get("concurrency"));
        int perUser = Integer.parseInt(conf.getOrDefault("perUser", "4"));
        int warmup = Integer.parseInt(conf.getOrDefault("warmup", "40"));
        int warmUsers = (warmup + perUser - 1) / perUser;
        int max = Math.min(Integer.parseInt(conf.getOrDefault("max", "4000")), (tokens.size() - warmUsers) * perUser);
        Duration time = Duration.ofSeconds(Long.parseLong(conf.getOrDefault("seconds", "20")));

        java.util.concurrent.atomic.AtomicLongArray sentAt = new java.util.concurrent.atomic.AtomicLongArray(max);
        // deliveries: latency in microseconds, one slot per (write, subscriber)
        long[] delivered = new long[(int) Math.min((long) max * Math.max(1, subscribers), 20_000_000L)];
        AtomicInteger deliveredCount = new AtomicInteger();
        AtomicLong duplicates = new AtomicLong();
        List<java.util.Set<Integer>> seen = new ArrayList<>();
        for (int i = 0; i < subscribers; i++) {
            seen.add(ConcurrentHashMap.newKeySet());
        }

        // 0. warm-up writes (JIT of both JVMs, connection pools), by citizens of their own, before anyone subscribes
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicInteger nextWarm = new AtomicInteger();
        List<Thread> warmers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            warmers.add(Thread.ofPlatform().start(() -> {
                for (int k = nextWarm.getAndIncrement(); k < warmup; k = nextWarm.getAndIncrement()) {
                    String body = "{\"query\":\"mutation($in: AddCommentInput!) { addComment(input: $in) { comment { id } } }\","
                            + "\"variables\":{\"in\":{\"subjectId\":\"" + subject + "\",\"body\":\"Pemanasan warm#" + k
                            + "# sebelum pengukuran.\"}}}";
                    try {
                        http.send(HttpRequest.newBuilder(URI.create(base + "/graphql")).header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + tokens.get(k / perUser)).timeout(Duration.ofSeconds(60))
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
                    } catch (Exception e) {
                        System.err.println("warm-up write failed: " + e);
                    }
                }
            }));
        }
        for (Thread t : warmers) {
            t.join();
        }

        // 1. subscribers
        String init = "{\"type\":\"connection_init\",\"payload\":{}}";
        String subscribe = "{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"subscription($s: ID!) "
                + "{ commentActivity(subject: $s) { sequence kind comment { id body } } }\",\"variables\":{\"s\":\"" + subject + "\"}}}";
        var ws = reactor.netty.http.client.HttpClient.newConnection()
                .websocket(WebsocketClientSpec.builder().protocols("graphql-transport-ws").build());
        List<reactor.core.Disposable> connections = new ArrayList<>();
        CountDownLatch open = new CountDownLatch(subscribers);
        for (int i = 0; i < subscribers; i++) {
            int index = i;
            connections.add(ws.uri(base.replace("http", "ws") + "/graphql").handle((in, out) -> {
                Mono<Void> send = out.sendString(Flux.just(init, subscribe).delayElements(Duration.ofMillis(1))).then();
                Mono<Void> read = in.receive().asString().doOnNext(m -> {
                    if (m.contains("connection_ack")) {
                        open.countDown();
                    } else if (m.contains("\"next\"")) {
                        long now = System.nanoTime();
                        Matcher matcher = SEQ.matcher(m);
                        if (matcher.find()) {
                            int seq = Integer.parseInt(matcher.group(1));
                            if (!seen.get(index).add(seq)) {
                                duplicates.incrementAndGet();
                                return;
                            }
                            int slot = deliveredCount.getAndIncrement();
                            if (slot < delivered.length && seq < max && sentAt.get(seq) > 0) {
                                delivered[slot] = (now - sentAt.get(seq)) / 1000;
                            }
                        }
                    }
                }).then();
                return send.then(read).then(Mono.never());
            }).subscribe(null, e -> System.err.println("subscriber " + index + " failed: " + e.getMessage())));
            if (i % 200 == 199) {
                Thread.sleep(50);
            }
        }
        boolean allOpen = open.await(120, TimeUnit.SECONDS);
        Thread.sleep(subscribers == 0 ? 0 : 2000); // let the subscribe messages land
        say("READY subscribers=" + (subscribers - open.getCount()) + " all=" + allOpen);
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine(); // "go"

        // 2. writers
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        AtomicLong rateLimited = new AtomicLong();
        long[] writeLatency = new long[max];
        boolean[] ok = new boolean[max];
        long start = System.nanoTime();
        long end = start + time.toNanos();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            writers.add(Thread.ofPlatform().start(() -> {
                for (int k = next.getAndIncrement(); k < max && System.nanoTime() < end; k = next.getAndIncrement()) {
                    String body = "{\"query\":\"mutation($in: AddCommentInput!) { addComment(input: $in) { comment { id } } }\","
                            + "\"variables\":{\"in\":{\"subjectId\":\"" + subject + "\",\"body\":\"Usulan warga nomor bench#" + k
                            + "# untuk program ini, mohon ditindaklanjuti.\"}}}";
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/graphql"))
                            .header("Content-Type", "application/json").header("Authorization", "Bearer " + tokens.get(warmUsers + k / perUser))
                            .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long t0 = System.nanoTime();
                    sentAt.set(k, t0);
                    try {
                        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                        long t1 = System.nanoTime();
                        if (r.statusCode() == 200 && !r.body().contains("\"errors\"")) {
                            writeLatency[k] = (t1 - t0) / 1000;
                            ok[k] = true;
                        } else {
                            if (r.body().contains("RATE_LIMITED")) {
                                rateLimited.incrementAndGet();
                            }
                            if (errors.incrementAndGet() <= 3) {
                                System.err.println("write failed: " + r.statusCode() + " " + r.body());
                            }
                        }
                    } catch (Exception e) {
                        if (errors.incrementAndGet() <= 3) {
                            System.err.println("write failed: " + e);
                        }
                    }
                }
            }));
        }
        for (Thread t : writers) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int written = 0;
        for (boolean b : ok) {
            written += b ? 1 : 0;
        }
        long[] writes = new long[written];
        int at = 0;
        for (int k = 0; k < max; k++) {
            if (ok[k]) {
                writes[at++] = writeLatency[k];
            }
        }
        Arrays.sort(writes);

        // 3. deliveries: wait for the rest to arrive (bounded)
        long expected = (long) written * subscribers;
        long drainStart = System.nanoTime();
        long drainLimit = drainStart + Duration.ofSeconds(Long.parseLong(conf.getOrDefault("drain", "30"))).toNanos();
        while (deliveredCount.get() < expected && System.nanoTime() < drainLimit) {
            Thread.sleep(50);
        }
        double drain = (System.nanoTime() - drainStart) / 1e9;
        int got = Math.min(deliveredCount.get(), delivered.length);
        long[] deliveries = Arrays.copyOf(delivered, got);
        Arrays.sort(deliveries);
        say(String.format(Locale.ROOT, "RESULT subscribers=%d c=%d writes=%d errors=%d rateLimited=%d seconds=%.2f wps=%.2f "
                        + "p50=%.1f p95=%.1f p99=%.1f max=%.1f delivered=%d expected=%d duplicates=%d dp50=%.1f dp95=%.1f dp99=%.1f "
                        + "dmax=%.1f drain=%.2f users=%d",
                subscribers, concurrency, written, errors.get(), rateLimited.get(), seconds, written / seconds,
                CascadeLoadClient.pct(writes, 50), CascadeLoadClient.pct(writes, 95), CascadeLoadClient.pct(writes, 99),
                CascadeLoadClient.pct(writes, 100), deliveredCount.get(), expected, duplicates.get(),
                CascadeLoadClient.pct(deliveries, 50), CascadeLoadClient.pct(deliveries, 95), CascadeLoadClient.pct(deliveries, 99),
                CascadeLoadClient.pct(deliveries, 100), drain, (Math.min(next.get(), max) + perUser - 1) / perUser));
        connections.forEach(reactor.core.Disposable::dispose);
        System.exit(0);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
