package id.selaras.live;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

import id.selaras.audit.ChangeEvent;
import id.selaras.audit.ChangeHistory;
import id.selaras.audit.EventBatch;
import id.selaras.audit.EventLog;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

/**
 * Brings every committed event to this backend instance, in sequence order, exactly once. One dedicated (non-pooled)
 * connection LISTENs for the sequence numbers that writes announce with {@code pg_notify}; each announcement (and a
 * periodic poll, and every reconnect) reads the events after the last one delivered. Sequences are taken before
 * commit, so a gap may be a write still running or one rolled back: an event is held until the gap before it is
 * filled, or until every transaction that could have owned the gap has finished (then it was a rollback).
 */
@Component
public class EventRelay implements SmartLifecycle {

    static final String APPLICATION_NAME = "selaras-listen";
    private static final Logger log = LoggerFactory.getLogger(EventRelay.class);
    private static final int BATCH = 1000;

    private final ChangeHistory history;
    private final ConnectionFactory listenFactory;
    private final Duration poll;
    /** Replaced at each start: a stopped relay completes its subscribers, who resubscribe (with {@code after}). */
    private volatile Sinks.Many<ChangeEvent> hub = Sinks.many().multicast().directBestEffort();
    private final TreeMap<Long, ChangeEvent> pending = new TreeMap<>();
    private final Map<Long, Long> gapBarriers = new HashMap<>();
    private final AtomicBoolean fetching = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile long watermark = -1;
    private volatile boolean listening;
    private volatile boolean running;
    private Disposable listener;
    private Disposable poller;

    private final io.micrometer.core.instrument.Timer lag;

    EventRelay(ChangeHistory history, io.micrometer.core.instrument.MeterRegistry meters,
               @Value("${spring.r2dbc.url}") String url,
               @Value("${spring.r2dbc.username:}") String user, @Value("${spring.r2dbc.password:}") String password,
               @Value("${selaras.live.poll:1s}") Duration poll) {
        this.history = history;
        ConnectionFactoryOptions.Builder options = ConnectionFactoryOptions.parse(url).mutate()
                .option(Option.valueOf("applicationName"), APPLICATION_NAME);
        if (!user.isBlank()) {
            options.option(ConnectionFactoryOptions.USER, user);
        }
        if (!password.isBlank()) {
            options.option(ConnectionFactoryOptions.PASSWORD, password);
        }
        this.listenFactory = ConnectionFactories.get(options.build());
        this.poll = poll;
        this.lag = io.micrometer.core.instrument.Timer.builder("selaras.events.lag")
                .description("Time from an event's commit-side timestamp to its delivery on this instance")
                .publishPercentiles(0.5, 0.95, 0.99).register(meters);
        io.micrometer.core.instrument.Gauge.builder("selaras.events.listening", this, r -> r.listening ? 1 : 0)
                .description("1 while this instance holds its LISTEN connection").register(meters);
    }

    /** Events as they are delivered, hot: a subscriber sees those delivered after it subscribed. */
    public Flux<ChangeEvent> live() {
        return hub.asFlux();
    }

    /**
     * Subscribes to live events and returns the watermark at that instant, atomically with respect to delivery: every
     * event up to the returned sequence was delivered before, every later one reaches {@code subscriber}.
     */
    public synchronized Tap tap(reactor.core.CoreSubscriber<ChangeEvent> subscriber) {
        hub.asFlux().subscribe(subscriber);
        return new Tap(watermark);
    }

    /** The watermark at the moment a subscriber joined. */
    public record Tap(long watermark) {
    }

    /** Every event up to this sequence has been delivered (or was rolled back). */
    public long watermark() {
        return watermark;
    }

    public boolean listening() {
        return listening;
    }

    @Override
    public synchronized void start() {
        hub = Sinks.many().multicast().directBestEffort();
        pending.clear();
        gapBarriers.clear();
        watermark = history.top().block(Duration.ofSeconds(30));
        running = true;
        listener = Mono.usingWhen(Mono.from(listenFactory.create()).cast(PostgresqlConnection.class),
                        connection -> connection.createStatement("LISTEN " + EventLog.CHANNEL).execute()
                                .flatMap(result -> result.getRowsUpdated()).then()
                                .doOnSuccess(ok -> {
                                    listening = true;
                                    log.info("Listening for events on {}", EventLog.CHANNEL);
                                    requestFetch(); // whatever committed while we were not listening
                                })
                                .thenMany(connection.getNotifications())
                                .doOnNext(n -> requestFetch())
                                .then(Mono.error(new IllegalStateException("the LISTEN connection ended"))),
                        connection -> connection.close())
                .doOnError(e -> {
                    listening = false;
                    log.warn("LISTEN connection lost ({}); reconnecting", e.getMessage());
                })
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(100)).maxBackoff(Duration.ofSeconds(5))
                        .filter(e -> running))
                .subscribe(null, e -> log.error("LISTEN loop stopped", e));
        poller = Flux.interval(poll, poll).subscribe(t -> requestFetch());
    }

    /** Reads what is new; calls that arrive during a read run once more afterwards, never concurrently. */
    void requestFetch() {
        again.set(true);
        if (!fetching.compareAndSet(false, true)) {
            return;
        }
        again.set(false);
        history.after(watermark, BATCH)
                .doOnNext(this::advance)
                .doFinally(signal -> {
                    fetching.set(false);
                    if (again.get() && running) {
                        requestFetch();
                    }
                })
                .subscribe(batch -> {
                    if (batch.events().size() == BATCH) {
                        again.set(true);
                    }
                }, e -> log.debug("Event fetch failed: {}", e.getMessage()));
    }

    synchronized void advance(EventBatch batch) {
        for (ChangeEvent e : batch.events()) {
            if (e.sequence() > watermark) {
                pending.put(e.sequence(), e);
            }
        }
        while (!pending.isEmpty()) {
            long next = watermark + 1;
            ChangeEvent event = pending.remove(next);
            if (event != null) {
                hub.tryEmitNext(event);
                if (event.occurredAt() != null) {
                    lag.record(java.time.Duration.between(event.occurredAt(), java.time.Instant.now()));
                }
                watermark = next;
                gapBarriers.remove(next);
                continue;
            }
            long barrier = gapBarriers.computeIfAbsent(next, k -> batch.xmax());
            if (batch.xmin() >= barrier) {
                // every transaction that could have taken this sequence has ended without committing it
                gapBarriers.remove(next);
                watermark = next;
                continue;
            }
            break;
        }
    }

    @Override
    public void stop() {
        running = false;
        if (poller != null) {
            poller.dispose();
        }
        if (listener != null) {
            listener.dispose();
        }
        listening = false;
        hub.tryEmitComplete();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // after the web server stops taking requests, before the connection pool closes
        return SmartLifecycle.DEFAULT_PHASE - 1000;
    }
}
