package id.selaras.aspiration;

import java.time.Instant;

/** One step of an aspiration's public trail ("you said / we did"): the status reached and why. */
public record AspirationStep(long id, long aspirationId, AspirationStatus status, String reason, Instant at) {
}
