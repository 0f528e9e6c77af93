package id.selaras.web.api;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import id.selaras.web.BackendProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.ClientResponseField;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Live events from the backend's GraphQL subscriptions (graphql-transport-ws), pushed into a view with Vaadin's server
 * push. Anonymous subscriptions of all visitors share one WebSocket; a subscription that needs the person's identity
 * opens its own, authenticated in {@code connection_init}.
 *
 * <p>Nothing is lost when the connection drops (a backend instance stopping, a network blip): the subscription comes
 * back with {@code after} set to the last sequence seen and the server replays what was missed. When the server asks
 * for a resync (the view fell too far behind), it subscribes afresh first and then tells the view to reload, so no
 * event falls between the reload and the new stream.
 */
@org.springframework.stereotype.Component
public class Live implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Live.class);
    static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    static final Duration MAX_RETRY = Duration.ofSeconds(30);

    private final URI endpoint;
    private final ReactorNettyWebSocketClient transport = new ReactorNettyWebSocketClient();
    private volatile WebSocketGraphQlClient shared;

    Live(BackendProperties backend) {
        URI http = backend.graphQlEndpoint();
        this.endpoint = URI.create(http.toString().replaceFirst("^http", "ws"));
    }

    /** What a view listens to: an operation of a {@code graphql-documents} file, and where its event is. */
    public record Topic(String document, String operation, Map<String, Object> variables, String path) {
        public static Topic of(String document, String operation, String path, Map<String, Object> variables) {
            return new Topic(document, operation, Map.copyOf(variables), path);
        }
    }

    /** The state of a view's live stream, for a small indicator on the page. */
    public enum Status { CONNECTED, RECONNECTING, FAILED }

    /**
     * Streams the topic's events to {@code onEvent} while {@code owner} is attached, on the UI's thread (inside
     * {@link UI#access}). The event is the object at the topic's path, e.g. a {@code CommentEvent} as a record.
     *
     * @param token    the person's access token, when the topic needs to know who listens; empty for public topics
     * @param onResync called (on the UI's thread) when the view must re-query what it shows
     */
    public <T> Registration subscribe(Component owner, Topic topic, Class<T> type, Optional<String> token,
                                      Consumer<T> onEvent, Runnable onResync, Consumer<Status> onStatus) {
        Stream<T> stream = new Stream<>(topic, type, token, onEvent, onResync, onStatus);
        owner.getUI().ifPresent(stream::start);
        Registration attach = owner.addAttachListener(e -> stream.start(e.getUI()));
        Registration detach = owner.addDetachListener(e -> stream.stop());
        return () -> {
            attach.remove();
            detach.remove();
            stream.stop();
        };
    }

    private WebSocketGraphQlClient client(Optional<String> token) {
        if (token.isPresent()) {
            String bearer = "Bearer " + token.get();
            return WebSocketGraphQlClient.builder(endpoint, transport).interceptor(new WebSocketGraphQlClientInterceptor() {
                @Override
                public Mono<Object> connectionInitPayload() {
                    return Mono.just(Map.of("Authorization", bearer));
                }
            }).build();
        }
        WebSocketGraphQlClient client = shared;
        if (client == null) {
            synchronized (this) {
                if (shared == null) {
                    shared = WebSocketGraphQlClient.builder(endpoint, transport).build();
                }
                client = shared;
            }
        }
        return client;
    }

    @Override
    public void destroy() {
        WebSocketGraphQlClient client = shared;
        if (client != null) {
            client.stop().block(Duration.ofSeconds(5));
        }
    }

    /** One view's subscription: resumes after a drop, resubscribes after a resync, ends with the view. */
    private final class Stream<T> {

        private final Topic topic;
        private final Class<T> type;
        private final Optional<String> token;
        private final Consumer<T> onEvent;
        private final Runnable onResync;
        private final Consumer<Status> onStatus;
        private UI ui;
        private WebSocketGraphQlClient client;
        private Disposable running;
        private volatile String after;
        private volatile boolean stopped = true;
        private Duration retry = FIRST_RETRY;

        Stream(Topic topic, Class<T> type, Optional<String> token, Consumer<T> onEvent, Runnable onResync,
               Consumer<Status> onStatus) {
            this.topic = topic;
            this.type = type;
            this.token = token;
            this.onEvent = onEvent;
            this.onResync = onResync;
            this.onStatus = onStatus;
        }

        synchronized void start(UI ui) {
            if (!stopped) {
                return;
            }
            this.ui = ui;
            this.stopped = false;
            this.client = client(token);
            subscribe();
        }

        synchronized void stop() {
            stopped = true;
            if (running != null) {
                running.dispose();
                running = null;
            }
            if (token.isPresent() && client != null) {
                client.stop().subscribe(null, e -> log.debug("Closing a live connection failed", e));
            }
        }

        private synchronized void subscribe() {
            if (stopped) {
                return;
            }
            Map<String, Object> variables = new LinkedHashMap<>(topic.variables());
            variables.put("after", after);
            running = client.documentName(topic.document()).operationName(topic.operation()).variables(variables)
                    .executeSubscription()
                    .subscribe(this::received, this::failed, this::ended);
            status(Status.CONNECTED);
        }

        private void received(ClientGraphQlResponse response) {
            if (!response.getErrors().isEmpty()) {
                // A refusal (the subject does not exist, or is not public): retrying would not change the answer.
                log.info("Live {} refused: {}", topic.operation(), response.getErrors());
                status(Status.FAILED);
                stopped = true;
                return;
            }
            retry = FIRST_RETRY;
            if (Boolean.TRUE.equals(response.field(topic.path() + ".resync").getValue())) {
                // The server ends the stream after a resync; ended() subscribes afresh, then the view re-queries.
                after = null;
                onUi(onResync);
                return;
            }
            Object sequence = response.field(topic.path() + ".sequence").getValue();
            if (sequence != null) {
                after = sequence.toString();
            }
            ClientResponseField field = response.field(topic.path());
            T event = field.toEntity(type);
            onUi(() -> onEvent.accept(event));
        }

        private void failed(Throwable error) {
            log.debug("Live {} dropped, resuming after {}: {}", topic.operation(), after, error.toString());
            status(Status.RECONNECTING);
            resumeLater();
        }

        private void ended() {
            resumeLater();
        }

        private void resumeLater() {
            if (stopped) {
                return;
            }
            Duration wait = retry;
            retry = retry.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : retry.multipliedBy(2);
            Schedulers.parallel().schedule(this::subscribe, wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        }

        private void status(Status status) {
            onUi(() -> onStatus.accept(status));
        }

        private void onUi(Runnable action) {
            UI target = ui;
            if (target == null || stopped) {
                return;
            }
            try {
                target.access(action::run);
            } catch (UIDetachedException gone) {
                stop();
            }
        }
    }
}
