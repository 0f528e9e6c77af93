package id.selaras.consultation;

import java.time.LocalDate;
import java.util.Map;

/** An offline meeting of a consultation and its record: where, when, who came (by stakeholder category), minutes, outcomes. */
public record Meeting(long id, long consultationId, LocalDate heldOn, String place,
                      Map<StakeholderCategory, Integer> participants, String minutes, String outcomes, int version) {

    public int totalParticipants() {
        return participants.values().stream().mapToInt(Integer::intValue).sum();
    }
}
