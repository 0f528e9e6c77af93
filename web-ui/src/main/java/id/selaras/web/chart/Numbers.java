package id.selaras.web.chart;

import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as people read them: Indonesian style by default (koma desimal, titik ribuan: 7,38 · 1.250), English when chosen. */
public final class Numbers {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private Numbers() {
    }

    public static String format(Double value, Locale locale) {
        if (value == null) {
            return "–";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale == null ? INDONESIAN : locale);
        f.setMaximumFractionDigits(2);
        f.setMinimumFractionDigits(0);
        return f.format(value);
    }

    /** A percentage: 98,37 %. */
    public static String percent(Double value, Locale locale) {
        return value == null ? "–" : format(value, locale) + " %";
    }

    /** A value with its unit: "7,38 %", "77,74 Indeks", "1.250 Orang". */
    public static String withUnit(Double value, String unit, Locale locale) {
        if (value == null) {
            return "–";
        }
        return unit == null || unit.isBlank() ? format(value, locale) : format(value, locale) + (unit.equals("%") ? " %" : " " + unit);
    }
}
