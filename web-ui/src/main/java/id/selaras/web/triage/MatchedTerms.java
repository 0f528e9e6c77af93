package id.selaras.web.triage;

import java.util.ArrayList;
import java.util.List;

/**
 * The explanation of a suggestion as chips: each of the citizen's words that matched, and the plan's word it matched
 * when a thesaurus entry made the match (the API writes those {@code banjir→genangan}).
 */
final class MatchedTerms {

    /** One chip: the citizen's word, and the plan's word (the same word when it matched as written). */
    record Chip(String citizen, String plan) {

        boolean translated() {
            return !citizen.equalsIgnoreCase(plan);
        }

        /** The chip's text: {@code kata warga → kata rencana}, or the word alone. */
        String text() {
            return translated() ? citizen + " → " + plan : citizen;
        }
    }

    private MatchedTerms() {
    }

    static List<Chip> chips(List<String> matched) {
        List<Chip> chips = new ArrayList<>();
        if (matched == null) {
            return chips;
        }
        for (String term : matched) {
            if (term == null || term.isBlank()) {
                continue;
            }
            String t = term.strip();
            int arrow = t.indexOf('→');
            int width = 1;
            if (arrow < 0) {
                arrow = t.indexOf("->");
                width = 2;
            }
            Chip chip = arrow < 0 ? new Chip(t, t)
                    : new Chip(t.substring(0, arrow).strip(), t.substring(arrow + width).strip());
            if (chip.citizen().isEmpty()) {
                continue;
            }
            if (chip.plan().isEmpty()) {
                chip = new Chip(chip.citizen(), chip.citizen());
            }
            if (!chips.contains(chip)) {
                chips.add(chip);
            }
        }
        return chips;
    }
}
