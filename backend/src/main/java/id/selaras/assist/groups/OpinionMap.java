package id.selaras.assist.groups;

import java.util.Locale;

/**
 * The opinion map as SVG: participants as dots on the two PCA axes, coloured by group (colour-blind-safe palette with
 * AA contrast on white), each group labelled at its centre. Deterministic text, no scripts, with a title and
 * description for screen readers.
 */
public final class OpinionMap {

    /** Okabe–Ito colours darkened to ≥ 4.5:1 on white. */
    static final String[] COLOURS = {"#0b5fa5", "#a14d00", "#006e4f", "#a3146f", "#5c4a00"};
    static final int SIZE = 360;
    static final int PAD = 24;

    private OpinionMap() {
    }

    public static String svg(OpinionGroups g, String title, String groupLabel) {
        StringBuilder s = new StringBuilder(4096 + g.points().size() * 64);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"opinion-map\" viewBox=\"0 0 ").append(SIZE).append(' ')
                .append(SIZE).append("\" role=\"img\" aria-labelledby=\"om-title\">")
                .append("<title id=\"om-title\">").append(escape(title)).append("</title>")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        double maxAbs = 1e-9;
        for (OpinionGroups.Point p : g.points()) {
            maxAbs = Math.max(maxAbs, Math.max(Math.abs(p.x()), Math.abs(p.y())));
        }
        double scale = (SIZE / 2.0 - PAD) / maxAbs;
        int c = SIZE / 2;
        s.append("<line x1=\"").append(PAD).append("\" y1=\"").append(c).append("\" x2=\"").append(SIZE - PAD).append("\" y2=\"")
                .append(c).append("\" stroke=\"#6b6b6b\" stroke-width=\"1\"/>")
                .append("<line x1=\"").append(c).append("\" y1=\"").append(PAD).append("\" x2=\"").append(c).append("\" y2=\"")
                .append(SIZE - PAD).append("\" stroke=\"#6b6b6b\" stroke-width=\"1\"/>");
        for (OpinionGroups.Point p : g.points()) {
            s.append("<circle cx=\"").append(fmt(c + p.x() * scale)).append("\" cy=\"").append(fmt(c - p.y() * scale))
                    .append("\" r=\"3\" fill=\"").append(COLOURS[p.group() % COLOURS.length]).append("\" fill-opacity=\"0.6\"/>");
        }
        for (OpinionGroups.Group grp : g.groups()) {
            double x = c + grp.x() * scale;
            double y = c - grp.y() * scale;
            s.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" font-size=\"14\" font-weight=\"bold\"")
                    .append(" text-anchor=\"middle\" fill=\"#000000\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">")
                    .append(escape(groupLabel)).append(' ').append((char) ('A' + grp.id())).append(" (").append(grp.size())
                    .append(")</text>");
        }
        return s.append("</svg>").toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
