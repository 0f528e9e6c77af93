package id.selaras.consultation;

import java.time.Instant;

/** A time-boxed consultation on a plan version, on the whole plan or on chosen nodes and indicators. */
public record Consultation(long id, long planVersionId, ConsultationKind kind, String title, String description,
                           Long areaId, boolean wholePlan, Instant opensAt, Instant closesAt, Instant createdAt,
                           int version) {

    public ConsultationState state(Instant now) {
        if (now.isBefore(opensAt)) {
            return ConsultationState.SCHEDULED;
        }
        return now.isBefore(closesAt) ? ConsultationState.OPEN : ConsultationState.CLOSED;
    }
}
