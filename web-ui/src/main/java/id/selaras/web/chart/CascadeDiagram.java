package id.selaras.web.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pohon kinerja as a server-rendered SVG: each node a box (its kind, code, title wrapped, indicator count), each
 * level a row, children under their parent, cross-cutting links dashed. Sized to its content, so it prints whole.
 */
public final class CascadeDiagram {

    /** A node to draw. */
    public record Box(String id, String parentId, String kind, String code, String title, int indicators, List<String> supports) {
    }

    static final double BOX_W = 200;
    static final double BOX_H = 92;
    static final double GAP_X = 24;
    static final double GAP_Y = 56;

    private CascadeDiagram() {
    }

    public static String render(String title, List<Box> boxes, String indicatorsLabel) {
        Map<String, List<Box>> children = new LinkedHashMap<>();
        List<Box> roots = new ArrayList<>();
        for (Box b : boxes) {
            if (b.parentId() == null) {
                roots.add(b);
            } else {
                children.computeIfAbsent(b.parentId(), k -> new ArrayList<>()).add(b);
            }
        }
        Map<String, double[]> at = new LinkedHashMap<>();
        double[] nextX = {0};
        int[] depth = {0};
        for (Box root : roots) {
            place(root, 0, children, at, nextX, depth);
        }
        double width = Math.max(BOX_W, nextX[0] - GAP_X);
        double height = (depth[0] + 1) * (BOX_H + GAP_Y) - GAP_Y;
        Svg svg = new Svg().open(width + 2, height + 2, title, boxes.size() + " " + title);
        for (Box b : boxes) {
            if (b.parentId() != null && at.containsKey(b.parentId())) {
                double[] p = at.get(b.parentId());
                double[] c = at.get(b.id());
                svg.raw("<path class=\"edge\" fill=\"none\" d=\"M" + Svg.n(p[0] + BOX_W / 2) + "," + Svg.n(p[1] + BOX_H) + " V"
                        + Svg.n(c[1] - GAP_Y / 2) + " H" + Svg.n(c[0] + BOX_W / 2) + " V" + Svg.n(c[1]) + "\"/>");
            }
            for (String s : b.supports()) {
                if (at.containsKey(s)) {
                    double[] t = at.get(s);
                    double[] c = at.get(b.id());
                    svg.raw("<path class=\"support\" fill=\"none\" stroke-dasharray=\"6 4\" d=\"M" + Svg.n(c[0] + BOX_W / 2) + ","
                            + Svg.n(c[1]) + " L" + Svg.n(t[0] + BOX_W / 2) + "," + Svg.n(t[1] + BOX_H) + "\"/>");
                }
            }
        }
        for (Box b : boxes) {
            double[] p = at.get(b.id());
            svg.raw("<g class=\"node kind-" + b.kind().toLowerCase(java.util.Locale.ROOT) + "\">");
            svg.rect(p[0], p[1], BOX_W, BOX_H, "box");
            svg.text(p[0] + 8, p[1] + 16, b.kind().replace('_', ' ') + (b.code() == null ? "" : " · " + b.code()), "kind", "start");
            List<String> lines = wrap(b.title(), 30, 3);
            for (int i = 0; i < lines.size(); i++) {
                svg.text(p[0] + 8, p[1] + 34 + i * 15, lines.get(i), "title", "start");
            }
            svg.text(p[0] + 8, p[1] + BOX_H - 8, b.indicators() + " " + indicatorsLabel, "count", "start");
            svg.raw("</g>");
        }
        return svg.close();
    }

    /** Lays a subtree out left to right; a parent sits centred over its children. */
    private static double place(Box b, int level, Map<String, List<Box>> children, Map<String, double[]> at, double[] nextX, int[] depth) {
        depth[0] = Math.max(depth[0], level);
        List<Box> kids = children.getOrDefault(b.id(), List.of());
        double x;
        if (kids.isEmpty()) {
            x = nextX[0];
            nextX[0] += BOX_W + GAP_X;
        } else {
            double firstX = Double.NaN;
            double lastX = 0;
            for (Box k : kids) {
                double kx = place(k, level + 1, children, at, nextX, depth);
                firstX = Double.isNaN(firstX) ? kx : firstX;
                lastX = kx;
            }
            x = (firstX + lastX) / 2;
        }
        at.put(b.id(), new double[] {x, level * (BOX_H + GAP_Y)});
        return x;
    }

    static List<String> wrap(String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() + word.length() + 1 > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                if (lines.size() == maxLines) {
                    String lastLine = lines.removeLast();
                    lines.add(lastLine.length() > width - 1 ? lastLine.substring(0, width - 1) + "…" : lastLine + "…");
                    return lines;
                }
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
