package id.selaras.consultation;

import java.util.Map;

/** How a consultation was used: online (comments, people, reactions, proposals, official answers) and offline. */
public record ParticipationStatistics(int comments, int participants, int reactions, int proposals, int officialResponses,
                                      int meetings, int meetingParticipants, Map<StakeholderCategory, Integer> byCategory) {
}
