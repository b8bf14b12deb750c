package org.signpost.seeds.text;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns the HTML that real directory feeds put in text fields into plain text: no tag, comment or
 * script survives, entities are decoded, paragraphs, line breaks, list items and other blocks become
 * line breaks (at most one blank line in a row), other whitespace collapses to single spaces, and the
 * result is trimmed. Text that is already plain only has its whitespace tidied. HTML that was escaped
 * once more ({@code &lt;p&gt;}) is unwrapped too, so the result never contains markup.
 */
public final class HtmlText {

    private static final Pattern MARKUP = Pattern.compile(
            "<[A-Za-z!/?]|&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern TAG_START = Pattern.compile("<(?=[A-Za-z!/?])");
    private static final Pattern ENTITY_START = Pattern.compile("&(?=#?[A-Za-z0-9]{1,31};)");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]|[\\p{Cc}&&[^\\s]]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final int MAX_PASSES = 4;

    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "embed", "svg", "math", "button", "input", "select", "textarea", "head", "title", "canvas", "video",
            "audio", "map", "frame", "frameset", "applet");
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table",
            "thead", "tbody", "tfoot", "caption", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section",
            "article", "header", "footer", "main", "aside", "nav", "figure", "figcaption", "address", "hr", "form",
            "fieldset", "details", "summary");

    private HtmlText() {
    }

    /** The plain text of {@code html}; null stays null, and markup with no text becomes "". */
    public static String sanitise(String html) {
        if (html == null || isTidyPlainText(html)) {
            return html;
        }
        String text = html;
        for (int pass = 0; pass < MAX_PASSES && MARKUP.matcher(text).find(); pass++) {
            text = toText(text);
        }
        if (MARKUP.matcher(text).find()) {
            // escaped more deeply than anyone means it: break what is left so it cannot be read as markup
            text = ENTITY_START.matcher(TAG_START.matcher(text).replaceAll("< ")).replaceAll("& ");
        }
        return tidy(text);
    }

    /** True when the value holds something an HTML parser would read as a tag, comment or entity. */
    public static boolean looksLikeMarkup(String value) {
        return value != null && MARKUP.matcher(value).find();
    }

    /**
     * The fast path for the common case: nothing to decode or tidy (no {@code <} or {@code &}, no control,
     * invisible or special space characters, no line breaks, no doubled or edge spaces).
     */
    private static boolean isTidyPlainText(String s) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        if (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '<' || c == '&' || c < 0x20 || c >= 0x7F && c <= 0xA0 || c == 0xAD
                    || c >= 0x2000 && c <= 0x206F || c == 0x3000 || c == 0xFEFF || c == ' ' && previous == ' ') {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static String toText(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        StringBuilder out = new StringBuilder(html.length());
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(SPACES.matcher(t.getWholeText()).replaceAll(" "));
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (DROPPED.contains(tag)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (tag.equals("br")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(tag)) {
                        lineBreak(out);
                    } else if (tag.equals("td") || tag.equals("th")) {
                        out.append(' ');
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    lineBreak(out);
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return out.toString();
    }

    private static void lineBreak(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private static String tidy(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
        unified = INVISIBLE.matcher(unified).replaceAll("");
        StringBuilder out = new StringBuilder(unified.length());
        for (String line : unified.split("\n", -1)) {
            out.append(SPACES.matcher(line).replaceAll(" ").strip()).append('\n');
        }
        return BLANK_LINES.matcher(out).replaceAll("\n\n").strip();
    }
}
