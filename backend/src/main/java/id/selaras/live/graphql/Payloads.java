package id.selaras.live.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.selaras.aspiration.Aspiration;
import id.selaras.aspiration.AspirationService;
import id.selaras.aspiration.AspirationStep;
import id.selaras.audit.ChangeAction;
import id.selaras.audit.ChangeEvent;
import id.selaras.comment.Comment;
import id.selaras.common.GlobalId;
import id.selaras.consultation.Consultation;
import id.selaras.consultation.Meeting;
import id.selaras.live.LiveEvents.Delivery;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.ObjectMapper;

/**
 * Turns delivered events into subscription payloads from the state recorded in the event itself, so a broadcast to
 * thousands of subscribers reads nothing from the database; each state is parsed once, however many receive it.
 */
@Component
class Payloads {

    private static final int MEMO = 2048;

    private final ObjectMapper json;
    private final AspirationService aspirations;
    private final Map<Long, Object> parsed = java.util.Collections.synchronizedMap(new LinkedHashMap<>(MEMO, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Object> eldest) {
            return size() > MEMO;
        }
    });

    Payloads(ObjectMapper json, AspirationService aspirations) {
        this.json = json;
        this.aspirations = aspirations;
    }

    record CommentEvent(String sequence, String kind, Comment comment, boolean resync) {
    }

    record ConsultationEvent(String sequence, String entityType, ChangeAction action, Comment comment, Meeting meeting,
                             Consultation consultation, boolean resync) {
    }

    record PlanChangeEvent(String sequence, String entityType, String entityId, ChangeAction action, boolean resync) {
    }

    record AspirationEvent(String sequence, Aspiration aspiration, AspirationStep step, boolean resync) {
    }

    CommentEvent commentEvent(Delivery d) {
        if (d.isResync()) {
            return new CommentEvent(null, null, null, true);
        }
        ChangeEvent e = d.event();
        return new CommentEvent(Long.toString(e.sequence()), kind(e), state(e, Comment.class), false);
    }

    ConsultationEvent consultationEvent(Delivery d) {
        if (d.isResync()) {
            return new ConsultationEvent(null, null, null, null, null, null, true);
        }
        ChangeEvent e = d.event();
        return new ConsultationEvent(Long.toString(e.sequence()), e.entityType(), e.action(),
                "Comment".equals(e.entityType()) ? state(e, Comment.class) : null,
                "Meeting".equals(e.entityType()) ? state(e, Meeting.class) : null,
                "Consultation".equals(e.entityType()) ? state(e, Consultation.class) : null, false);
    }

    static PlanChangeEvent planChangeEvent(Delivery d) {
        if (d.isResync()) {
            return new PlanChangeEvent(null, null, null, null, true);
        }
        ChangeEvent e = d.event();
        return new PlanChangeEvent(Long.toString(e.sequence()), e.entityType(), GlobalId.encode(e.entityType(), e.entityId()),
                e.action(), false);
    }

    /** The aspiration as it is now, and the step the event recorded. */
    Mono<AspirationEvent> aspirationEvent(Delivery d) {
        if (d.isResync()) {
            return Mono.just(new AspirationEvent(null, null, null, true));
        }
        ChangeEvent e = d.event();
        AspirationStep step = e.action() == ChangeAction.STATUS_CHANGED ? state(e, AspirationStep.class) : null;
        return aspirations.aspirations(List.of(e.entityId())).mapNotNull(m -> m.get(e.entityId()))
                .map(a -> new AspirationEvent(Long.toString(e.sequence()), a, step, false));
    }

    private static String kind(ChangeEvent e) {
        return switch (e.action()) {
            case CREATED -> "ADDED";
            case DELETED -> "DELETED";
            case STATUS_CHANGED -> e.after() != null && e.after().contains("\"hiddenAt\":\"") ? "HIDDEN" : "RESTORED";
            default -> e.before() != null && e.before().contains("\"reaction\"") ? "REACTED" : "EDITED";
        };
    }

    @SuppressWarnings("unchecked")
    private <T> T state(ChangeEvent e, Class<T> type) {
        String text = e.after() != null ? e.after() : e.before();
        if (text == null) {
            return null;
        }
        return (T) parsed.computeIfAbsent(e.sequence(), k -> json.readValue(text, type));
    }
}
