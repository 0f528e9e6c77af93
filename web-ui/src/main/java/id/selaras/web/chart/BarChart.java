package id.selaras.web.chart;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Horizontal bars of capaian (achievement, %) per group — misi, sasaran or OPD — as a server-rendered SVG: one row per
 * group, its label above the bar so that it reads on a 390 px phone, each bar in the colour of its band (from the
 * plan's rating scheme), with a line at 100 %. The scale runs to 120 % (the cap the roll-ups count). Always shown with
 * its data table.
 */
public final class BarChart {

    /** One group: its label, mean capaian (null when nothing is measured), and its band's label and colour. */
    public record Bar(String label, Double percent, String band, String colour) {
    }

    static final double WIDTH = 640;
    static final double ROW = 52;
    static final double TOP = 8;
    static final double BOTTOM = 28;
    static final double LEFT = 4;
    static final double RIGHT = 96;
    static final double SCALE = 120;
    private static final Pattern SELF_CLOSING = Pattern.compile("<([a-z]+)((?:\\s[^<>]*?)?)/>");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{3,8}");

    private BarChart() {
    }

    /**
     * @param id    a page-unique prefix for the title and description ids
     * @param title the chart's accessible name
     */
    public static String render(String id, String title, List<Bar> bars, Locale locale, String noDataLabel) {
        double height = TOP + ROW * Math.max(1, bars.size()) + BOTTOM;
        double plot = WIDTH - LEFT - RIGHT;
        StringBuilder description = new StringBuilder();
        Svg svg = new Svg().raw("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + Svg.n(WIDTH) + " " + Svg.n(height)
                + "\" role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\" preserveAspectRatio=\"xMidYMid meet\">");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double top = TOP + ROW * i;
            svg.text(LEFT, top + 14, shorten(bar.label(), 70), "bar-label", "start");
            svg.rect(LEFT, top + 20, plot, 20, "bar-track");
            String value;
            if (bar.percent() == null) {
                value = noDataLabel;
                // inside the empty track: the label may be longer than the margin on the right
                svg.text(LEFT + 8, top + 35, value, "bar-value bar-none", "start");
            } else {
                double w = Math.max(2, Math.min(SCALE, Math.max(0, bar.percent())) / SCALE * plot);
                String fill = bar.colour() != null && COLOUR.matcher(bar.colour()).matches() ? bar.colour() : "#52606d";
                svg.raw("<rect x=\"" + Svg.n(LEFT) + "\" y=\"" + Svg.n(top + 20) + "\" width=\"" + Svg.n(w)
                        + "\" height=\"20\" rx=\"6\" class=\"bar\" style=\"fill:" + fill + "\"><title>"
                        + Svg.escape(bar.label() + ": " + Numbers.percent(bar.percent(), locale)
                        + (bar.band() == null ? "" : " (" + bar.band() + ")")) + "</title></rect>");
                value = Numbers.percent(bar.percent(), locale);
            }
            if (bar.percent() != null) {
                svg.text(WIDTH - RIGHT + 8, top + 35, value, "bar-value", "start");
            }
            description.append(bar.label()).append(": ").append(value)
                    .append(bar.band() == null ? "" : " (" + bar.band() + ")").append(". ");
        }
        double bottom = TOP + ROW * Math.max(1, bars.size());
        for (int p : new int[] {0, 50, 100}) {
            double x = LEFT + p / SCALE * plot;
            svg.line(x, TOP + 16, x, bottom, p == 100 ? "bar-reference" : "grid")
                    .text(x, bottom + 18, p + " %", "axis", p == 0 ? "start" : "middle");
        }
        svg.raw("<title id=\"" + id + "-title\">" + Svg.escape(title) + "</title><desc id=\"" + id + "-desc\">"
                + Svg.escape(description.toString().strip()) + "</desc>");
        // Explicit end tags: the SVG goes into the page through an HTML parser (Vaadin's Html), which does not honour
        // "/>" on elements it does not know as void, and would nest every following element inside the first rect.
        return SELF_CLOSING.matcher(svg.close()).replaceAll("<$1$2></$1>");
    }

    private static String shorten(String text, int max) {
        String t = text == null ? "" : text;
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
