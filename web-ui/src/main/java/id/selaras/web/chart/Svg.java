package id.selaras.web.chart;

import java.util.Locale;

/** A tiny SVG writer: numbers in a locale-independent form, text always escaped. */
final class Svg {

    private final StringBuilder out = new StringBuilder();

    Svg open(double width, double height, String title, String description) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\" role=\"img\" aria-labelledby=\"svg-title svg-desc\" preserveAspectRatio=\"xMidYMid meet\">")
                .append("<title id=\"svg-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"svg-desc\">").append(escape(description)).append("</desc>");
        return this;
    }

    Svg raw(String element) {
        out.append(element);
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String cssClass) {
        out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" class=\"").append(cssClass).append("\"/>");
        return this;
    }

    Svg text(double x, double y, String text, String cssClass, String anchor) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" class=\"").append(cssClass)
                .append("\" text-anchor=\"").append(anchor).append("\">").append(escape(text)).append("</text>");
        return this;
    }

    Svg rect(double x, double y, double w, double h, String cssClass) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" rx=\"6\" class=\"").append(cssClass).append("\"/>");
        return this;
    }

    Svg circle(double cx, double cy, double r, String cssClass, String label) {
        out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append("\" class=\"").append(cssClass).append("\"><title>").append(escape(label)).append("</title></circle>");
        return this;
    }

    Svg polyline(double[] xs, double[] ys, String cssClass) {
        out.append("<polyline fill=\"none\" class=\"").append(cssClass).append("\" points=\"");
        for (int i = 0; i < xs.length; i++) {
            out.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        out.append("\"/>");
        return this;
    }

    String close() {
        return out.append("</svg>").toString();
    }

    static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
