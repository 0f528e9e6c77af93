package id.selaras.assist.routing;

import java.util.List;

/**
 * A suggested link for an aspiration: a program (cascade node), the indicator in it that matched best (null when
 * none did) and the OPD; {@code matched} are the words that matched, as the citizen wrote them ("banjir→genangan"
 * when a thesaurus entry made the match); {@code confirmations} and {@code rejections} how often officers confirmed or
 * rejected this node for these words before.
 */
public record Suggestion(int rank, long nodeId, String code, String title, Long indicatorId, String indicatorName,
                         Long opdId, double score, List<String> matched, int confirmations, int rejections) {

    public Suggestion {
        matched = List.copyOf(matched);
    }
}
