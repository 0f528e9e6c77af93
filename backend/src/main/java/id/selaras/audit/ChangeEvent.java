package id.selaras.audit;

import java.time.Instant;

/** A recorded change, as read back from the event log; {@code before}/{@code after} are JSON text. */
public record ChangeEvent(long sequence, Instant occurredAt, String actor, String entityType, long entityId,
                          ChangeAction action, Long regionId, Long planVersionId, String before, String after,
                          String subjectType, Long subjectId, Long consultationId, String owner) {
}
