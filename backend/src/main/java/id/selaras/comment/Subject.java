package id.selaras.comment;

import java.util.List;

/**
 * What is being commented on, as the comment rules need it: its type and id, the plan version and region it belongs
 * to, the open consultation it is in (if any), the OPDs that may answer it officially, and, for an indicator, its period.
 */
public record Subject(String type, long id, Long planVersionId, Long regionId, String regionCode, Long consultationId,
                      List<String> officialOpdCodes, Integer periodStart, Integer periodEnd, boolean commentsOpen) {

    /** Commentable types of the API. */
    public static final List<String> TYPES = List.of("Indicator", "CascadeNode", "Consultation", "PlanVersion", "Aspiration");
}
