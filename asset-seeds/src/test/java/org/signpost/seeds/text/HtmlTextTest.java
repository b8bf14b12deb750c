package org.signpost.seeds.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            <p><br></p>                                              | ""
            <p>Hello</p><p>world</p>                                 | "Hello\\nworld"
            line one<br>line two<br/>line three                      | "line one\\nline two\\nline three"
            <ul><li>Tea</li><li>Cake</li></ul>                       | "Tea\\nCake"
            <p>a</p><p><br></p><p>b</p>                              | "a\\n\\nb"
            <p>a</p><br><br><br><br><p>b</p>                         | "a\\n\\nb"
            Drug &amp; Alcohol&nbsp;support &pound;5 &#8211; &#x2764; | "Drug & Alcohol support £5 – ❤"
            <script>alert('x')</script>Safe                          | Safe
            <style>p {color: red}</style><p>Styled</p>               | Styled
            <p onclick="evil()">Click <a href="javascript:x()">here</a></p> | "Click here"
            <!-- a comment -->Visible                               | Visible
            "  lots   of\t spaces  "                                 | "lots of spaces"
            <span>  spaced   </span>  <b>out</b>                     | "spaced out"
            &lt;p&gt;escaped &amp;amp; twice&lt;/p&gt;               | "escaped & twice"
            &lt;script&gt;alert(1)&lt;/script&gt;ok                  | ok
            &amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;ok  | ok
            <table><tr><td>Mon</td><td>10am</td></tr><tr><td>Tue</td><td>2pm</td></tr></table> | "Mon 10am\\nTue 2pm"
            <h2>Title</h2>Body text                                  | "Title\\nBody text"
            Tea & cake, 2 < 3                                        | "Tea & cake, 2 < 3"
            <p>Zero\u200Bwidth</p>                                   | Zerowidth
            """)
    void turnsHtmlIntoPlainText(String html, String expected) {
        String input = html.replace("\\t", "\t").replace("\\u200B", "\u200B");
        assertEquals(expected.replace("\\n", "\n"), HtmlText.sanitise(input));
    }

    @Test
    void keepsLineBreaksOfPlainText() {
        assertEquals("First paragraph.\n\nSecond one.\nThird line.",
                HtmlText.sanitise("  First paragraph.  \r\n\r\n\r\n\r\nSecond one.\nThird line.\n"));
    }

    @Test
    void nullStaysNull() {
        assertNull(HtmlText.sanitise(null));
    }

    @Test
    void noMarkupSurvivesEvenWhenEscapedManyTimes() {
        String nested = "<b>x</b>";
        for (int i = 0; i < 8; i++) {
            nested = nested.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
        String text = HtmlText.sanitise(nested + "<img src=x onerror=alert(1)>");
        assertFalse(HtmlText.looksLikeMarkup(text), text);
    }

    @Test
    void isIdempotent() {
        String once = HtmlText.sanitise("<p>Drug &amp; alcohol</p><ul><li>one</li><li>two</li></ul>");
        assertEquals(once, HtmlText.sanitise(once));
    }
}
