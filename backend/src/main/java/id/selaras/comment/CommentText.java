package id.selaras.comment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Comments are plain text with light formatting: {@code **bold**}, {@code _italic_}, lines starting with "- " as a list,
 * and web links. Stored as written (normalised); rendered to HTML by escaping everything first, so nothing a writer
 * types can become markup.
 */
public final class CommentText {

    public static final int MAX_LENGTH = 5000;
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(\\S(?:.*?\\S)?)\\*\\*");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\w/])_(\\S(?:.*?\\S)?)_(?!\\w)");
    private static final Pattern LINK = Pattern.compile("https?://[\\w.-]+(?::\\d+)?(?:/[\\w./%?=&#:;+~-]*)?");

    private CommentText() {
    }

    /** Line endings unified, trailing spaces dropped, runs of blank lines shortened to one. */
    public static String normalise(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder();
        for (String line : unified.split("\n", -1)) {
            out.append(line.stripTrailing()).append('\n');
        }
        return BLANK_LINES.matcher(out.toString().strip()).replaceAll("\n\n");
    }

    /** Safe HTML for display. */
    public static String toHtml(String text) {
        StringBuilder html = new StringBuilder();
        boolean inList = false;
        for (String line : text.split("\n", -1)) {
            boolean item = line.startsWith("- ");
            if (item && !inList) {
                html.append("<ul>");
            } else if (!item && inList) {
                html.append("</ul>");
            }
            inList = item;
            String body = inline(HtmlUtils.htmlEscape(item ? line.substring(2) : line));
            if (item) {
                html.append("<li>").append(body).append("</li>");
            } else if (body.isEmpty()) {
                html.append("<br>");
            } else {
                html.append("<p>").append(body).append("</p>");
            }
        }
        if (inList) {
            html.append("</ul>");
        }
        return html.toString();
    }

    private static String inline(String escaped) {
        Matcher link = LINK.matcher(escaped);
        StringBuilder linked = new StringBuilder();
        while (link.find()) {
            String url = link.group();
            link.appendReplacement(linked, Matcher.quoteReplacement(
                    "<a href=\"" + url + "\" rel=\"nofollow ugc noopener\" target=\"_blank\">" + url + "</a>"));
        }
        link.appendTail(linked);
        String bold = BOLD.matcher(linked.toString()).replaceAll("<strong>$1</strong>");
        return ITALIC.matcher(bold).replaceAll("<em>$1</em>");
    }
}
