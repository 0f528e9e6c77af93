package id.selaras.live;

import java.util.function.Predicate;

import id.selaras.audit.ChangeEvent;
import id.selaras.audit.ChangeHistory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.util.concurrent.Queues;

/**
 * Subscriptions that lose nothing: a subscriber passing the last sequence it saw is first replayed what it missed
 * from the event log, then receives live events, with no gap and no duplicate between the two. Each subscriber has a
 * bounded buffer; one that falls behind (or asks for more history than {@code selaras.live.max-replay}) receives a
 * {@link Delivery#resync() resync} telling it to re-query, and the stream ends — memory never grows without bound.
 */
@Service
public class LiveEvents {

    private final EventRelay relay;
    private final ChangeHistory history;
    private final int buffer;
    private final int maxReplay;

    private final java.util.concurrent.atomic.AtomicInteger active = new java.util.concurrent.atomic.AtomicInteger();
    private final io.micrometer.core.instrument.Counter resyncs;

    LiveEvents(EventRelay relay, ChangeHistory history, io.micrometer.core.instrument.MeterRegistry meters,
               @Value("${selaras.live.buffer:256}") int buffer, @Value("${selaras.live.max-replay:1000}") int maxReplay) {
        this.relay = relay;
        this.history = history;
        this.buffer = buffer;
        this.maxReplay = maxReplay;
        io.micrometer.core.instrument.Gauge.builder("selaras.subscriptions.active", active, java.util.concurrent.atomic.AtomicInteger::get)
                .description("Live subscriptions open on this instance").register(meters);
        this.resyncs = io.micrometer.core.instrument.Counter.builder("selaras.subscriptions.resyncs")
                .description("Subscribers told to re-query (fell behind or asked for too much history)").register(meters);
    }

    /** Live subscriptions open on this instance. */
    public int active() {
        return active.get();
    }

    /** A delivered event, or the signal that the subscriber must re-query. */
    public record Delivery(ChangeEvent event) {
        public static Delivery resync() {
            return new Delivery(null);
        }

        public boolean isResync() {
            return event == null;
        }
    }

    /**
     * Events matching {@code filter}: those after {@code after} from the log (when given), then live ones.
     */
    public Flux<Delivery> subscribe(Long after, Predicate<ChangeEvent> filter) {
        return Flux.defer(() -> {
            Sinks.Many<ChangeEvent> queue = Sinks.many().unicast().onBackpressureBuffer(Queues.<ChangeEvent>get(buffer).get());
            var tap = new reactor.core.publisher.BaseSubscriber<ChangeEvent>() {
                @Override
                protected void hookOnNext(ChangeEvent e) {
                    if (filter.test(e) && queue.tryEmitNext(e).isFailure()) {
                        queue.tryEmitError(new Overflow());
                        dispose();
                    }
                }

                @Override
                protected void hookOnComplete() {
                    queue.tryEmitComplete();
                }
            };
            long upTo = relay.tap(tap).watermark();
            Flux<Delivery> replay = after == null || after >= upTo ? Flux.empty()
                    : history.between(after, upTo, Integer.MAX_VALUE).filter(filter).take(maxReplay + 1L)
                            .index()
                            .map(t -> t.getT1() < maxReplay ? new Delivery(t.getT2()) : Delivery.resync())
                            .takeUntil(Delivery::isResync);
            Flux<Delivery> live = queue.asFlux().filter(e -> e.sequence() > upTo).map(Delivery::new)
                    .onErrorResume(Overflow.class, e -> Flux.just(Delivery.resync()));
            active.incrementAndGet();
            return replay.concatWith(Flux.defer(() -> live))
                    .takeUntil(Delivery::isResync)
                    .doOnNext(d -> {
                        if (d.isResync()) {
                            resyncs.increment();
                        }
                    })
                    .doFinally(signal -> {
                        active.decrementAndGet();
                        tap.dispose();
                    });
        });
    }

    /** How many sequences the relay has delivered so far. */
    public long watermark() {
        return relay.watermark();
    }

    private static final class Overflow extends RuntimeException {
        Overflow() {
            super("subscriber fell behind", null, false, false);
        }
    }
}
