package id.selaras.aspiration;

import java.time.Instant;

/** A citizen's aspiration (usulan): what, where (kelurahan/kecamatan), about what, and where it stands. */
public record Aspiration(long id, long regionId, Long areaId, String author, String title, String body, AspirationTopic topic,
                         AspirationStatus status, Long assignedOpdId, Instant submittedAt, Instant updatedAt, int version) {
}
