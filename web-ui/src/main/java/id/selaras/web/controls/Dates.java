package id.selaras.web.controls;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times as people read them, in the page's language and in WIB (the demo region's time zone). */
public final class Dates {

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private Dates() {
    }

    public static String dateTime(OffsetDateTime at, Locale locale) {
        return at == null ? "–" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).format(at.atZoneSameInstant(WIB));
    }

    public static String date(OffsetDateTime at, Locale locale) {
        return at == null ? "–" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(at.atZoneSameInstant(WIB));
    }

    public static String date(LocalDate day, Locale locale) {
        return day == null ? "–" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }

    /** The machine-readable form for a {@code <time datetime>}. */
    public static String iso(OffsetDateTime at) {
        return at == null ? "" : at.toString();
    }
}
