package id.selaras.audit;

import io.r2dbc.postgresql.codec.Json;
import id.selaras.common.Rows;
import id.selaras.security.Actor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.ObjectMapper;

/**
 * Appends changes to the immutable, sequenced event log. Called inside the transaction of the change itself, so a
 * change and its event commit or roll back together; the sequence is announced with {@code pg_notify}, which
 * PostgreSQL delivers only on commit.
 */
@Component
public class EventLog {

    /** The channel every backend instance listens on. */
    public static final String CHANNEL = "selaras_events";

    private final DatabaseClient db;
    private final ObjectMapper json;

    EventLog(DatabaseClient db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Records the change; emits its sequence number. */
    public Mono<Long> record(Actor actor, Change change) {
        var spec = db.sql("""
                WITH e AS (
                  INSERT INTO event (actor, entity_type, entity_id, action, region_id, plan_version_id, before, after,
                                     subject_type, subject_id, consultation_id, owner)
                  VALUES (:actor, :type, :id, :action, :region, :version, :before, :after,
                          :subject_type, :subject_id, :consultation, :owner)
                  RETURNING sequence)
                SELECT sequence, pg_notify('%s', sequence::text) FROM e""".formatted(CHANNEL))
                .bind("actor", actor.auditName())
                .bind("type", change.entityType())
                .bind("id", change.entityId())
                .bind("action", change.action().name());
        spec = change.regionId() == null ? spec.bindNull("region", Long.class) : spec.bind("region", change.regionId());
        spec = change.planVersionId() == null ? spec.bindNull("version", Long.class) : spec.bind("version", change.planVersionId());
        spec = change.before() == null ? spec.bindNull("before", Json.class) : spec.bind("before", toJson(change.before()));
        spec = change.after() == null ? spec.bindNull("after", Json.class) : spec.bind("after", toJson(change.after()));
        Change.Topic topic = change.topic();
        spec = Rows.bind(spec, "subject_type", topic == null ? null : topic.subjectType(), String.class);
        spec = Rows.bind(spec, "subject_id", topic == null ? null : topic.subjectId(), Long.class);
        spec = Rows.bind(spec, "consultation", topic == null ? null : topic.consultationId(), Long.class);
        spec = Rows.bind(spec, "owner", topic == null ? null : topic.owner(), String.class);
        return spec.map(row -> row.get("sequence", Long.class)).one();
    }

    private Json toJson(Object state) {
        return Json.of(json.writeValueAsString(state));
    }
}
