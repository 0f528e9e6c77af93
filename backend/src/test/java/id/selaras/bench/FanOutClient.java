package id.selaras.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient.WebsocketSender;
import reactor.netty.http.client.WebsocketClientSpec;

/**
 * The load generator of the fan-out benchmark, run as its own process: opens N graphql-transport-ws connections that
 * subscribe to one subject's comments, waits for "go" on stdin, posts one comment and reports when each connection
 * received it (milliseconds after the mutation was sent).
 */
public final class FanOutClient {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int n = Integer.parseInt(args[1]);
        String subject = args[2];
        String token = args[3];
        long[] receivedAt = new long[n];
        AtomicLong sentAt = new AtomicLong();
        CountDownLatch received = new CountDownLatch(n);
        String init = "{\"type\":\"connection_init\",\"payload\":{}}";
        String subscribe = "{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"subscription($s: ID!) "
                + "{ commentActivity(subject: $s) { sequence kind comment { id body } } }\",\"variables\":{\"s\":\"" + subject + "\"}}}";
        var client = reactor.netty.http.client.HttpClient.newConnection()
                .websocket(WebsocketClientSpec.builder().protocols("graphql-transport-ws").build());
        List<reactor.core.Disposable> connections = new ArrayList<>();
        CountDownLatch open = new CountDownLatch(n);
        for (int i = 0; i < n; i++) {
            int index = i;
            WebsocketSender sender = client.uri(base.replace("http", "ws") + "/graphql");
            connections.add(sender.handle((in, out) -> {
                Flux<String> messages = in.receive().asString();
                Mono<Void> send = out.sendString(Flux.just(init, subscribe).delayElements(Duration.ofMillis(1))).then();
                Mono<Void> read = messages.doOnNext(m -> {
                    if (m.contains("connection_ack")) {
                        open.countDown();
                    } else if (m.contains("\"next\"") && receivedAt[index] == 0) {
                        receivedAt[index] = System.nanoTime();
                        received.countDown();
                    }
                }).then();
                return send.then(read).then(Mono.never());
            }).subscribe(null, e -> System.err.println("connection " + index + " failed: " + e.getMessage())));
            if (i % 200 == 199) {
                Thread.sleep(50); // do not stampede the acceptor
            }
        }
        boolean allOpen = open.await(120, TimeUnit.SECONDS);
        Thread.sleep(2000); // let the subscribe messages land
        System.out.println("READY " + (n - open.getCount()) + " " + allOpen);
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in)).readLine(); // "go"
        try (HttpClient http = HttpClient.newHttpClient()) {
            String body = "{\"query\":\"mutation($in: AddCommentInput!) { addComment(input: $in) { comment { id } } }\","
                    + "\"variables\":{\"in\":{\"subjectId\":\"" + subject + "\",\"body\":\"Siaran ke semua pelanggan\"}}}";
            sentAt.set(System.nanoTime());
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.body().contains("errors")) {
                System.out.println("MUTATION FAILED " + r.body());
            }
        }
        boolean all = received.await(120, TimeUnit.SECONDS);
        long[] latencies = Arrays.stream(receivedAt).filter(t -> t > 0).map(t -> (t - sentAt.get()) / 1000).sorted().toArray();
        System.out.printf("RESULT n=%d received=%d all=%s p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms%n", n, latencies.length, all,
                pct(latencies, 50), pct(latencies, 95), pct(latencies, 99), pct(latencies, 100));
        connections.forEach(reactor.core.Disposable::dispose);
        System.exit(0);
    }

    private static double pct(long[] sortedMicros, int p) {
        if (sortedMicros.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sortedMicros.length) - 1;
        return sortedMicros[Math.max(0, Math.min(i, sortedMicros.length - 1))] / 1000.0;
    }
}
