package id.selaras.web.comment;

import java.util.Locale;

import id.selaras.web.chart.Numbers;

/** A target as text: "80 %", or a range "70 – 80 %" for RANGE indicators. */
public final class ProposalText {

    private ProposalText() {
    }

    public static String target(CommentData.Target t, String unit, Locale locale) {
        return target(t.value(), t.min(), t.max(), unit, locale);
    }

    public static String target(Double value, Double min, Double max, String unit, Locale locale) {
        if (value != null) {
            return Numbers.withUnit(value, unit, locale);
        }
        if (min != null || max != null) {
            return Numbers.format(min, locale) + " – " + Numbers.withUnit(max, unit, locale);
        }
        return "–";
    }
}
