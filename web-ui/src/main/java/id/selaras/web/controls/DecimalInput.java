package id.selaras.web.controls;

import java.util.Locale;

import com.vaadin.flow.component.html.Input;

/**
 * A text box for a number as people type it: {@code 7,5} or {@code 1.250} in Indonesian (koma desimal, titik ribuan),
 * {@code 7.5} or {@code 1,250} where the locale writes numbers that way. The phone shows its numeric keypad ({@code inputmode=decimal}).
 */
public class DecimalInput extends Input {

    public DecimalInput() {
        setType("text");
        getElement().setAttribute("inputmode", "decimal");
        getElement().setAttribute("autocomplete", "off");
    }

    /** The number typed, or null when the box is empty or holds no number. */
    public Double number(Locale locale) {
        return parse(getValue(), locale);
    }

    /**
     * Reads a number in the page's convention. A lone separator followed by other than three digits is a decimal
     * mark whichever it is ({@code 80.5} on an Indonesian page is 80,5): people paste numbers from everywhere.
     */
    public static Double parse(String text, Locale locale) {
        if (text == null) {
            return null;
        }
        String s = text.strip().replace(" ", "").replace("\u00a0", "");
        if (s.isEmpty() || !s.matches("[-+]?[0-9.,]*[0-9][0-9.,]*")) {
            return null;
        }
        // The page's own convention: en-ID, like id-ID, writes 7,5 (CLDR); en-US writes 7.5.
        boolean comma = java.text.DecimalFormatSymbols.getInstance(locale == null ? Locale.forLanguageTag("id-ID") : locale)
                .getDecimalSeparator() == ',';
        char decimal = comma ? ',' : '.';
        char group = comma ? '.' : ',';
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0) {
            // Both present: the later one is the decimal mark.
            decimal = lastDot > lastComma ? '.' : ',';
            group = decimal == '.' ? ',' : '.';
        } else if (lastDot >= 0 || lastComma >= 0) {
            char only = lastDot >= 0 ? '.' : ',';
            int count = (int) s.chars().filter(c -> c == only).count();
            boolean grouping = count > 1 || s.length() - s.lastIndexOf(only) - 1 == 3;
            if (!grouping) {
                decimal = only;
                group = only == '.' ? ',' : '.';
            } else if (only == decimal && count == 1 && s.length() - s.lastIndexOf(only) - 1 == 3) {
                // "7,500" on an Indonesian page is seven and a half thousandths; keep the page's convention.
                group = only == '.' ? ',' : '.';
            } else {
                group = only;
                decimal = only == '.' ? ',' : '.';
            }
        }
        String normal = s.replace(String.valueOf(group), "").replace(decimal, '.');
        try {
            return Double.valueOf(normal);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
