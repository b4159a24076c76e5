package org.storyfold.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises text: Unicode NFC, line breaks to {@code \n}, invisible characters (zero-width
 * spaces, soft hyphens, byte-order marks, control characters) removed, every kind of space to a
 * plain space, runs of spaces collapsed and lines trimmed. Repairs a lost apostrophe where it is
 * certain (a letter, a no-break space, a lone {@code s}: "Syria s Raqa" becomes "Syria’s Raqa")
 * and reports every repair. Thread-safe.
 */
public final class TextNormalizer {

    /** A possessive whose apostrophe became a no-break space in some publishing chain. */
    private static final Pattern LOST_APOSTROPHE = Pattern.compile("(?<=\\p{L})\\u00A0s(?=[\\s\\p{Punct}]|$)");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]");
    private static final Pattern SPACES = Pattern.compile("[\\t\\f\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000 ]+");

    /** Normalises {@code text}; see the class comment for what changes. */
    public NormalizedText normalize(String text) {
        List<String> repairs = new ArrayList<>();
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        s = s.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');

        Matcher lost = LOST_APOSTROPHE.matcher(s);
        int count = 0;
        StringBuilder sb = null;
        String apostrophe = s.indexOf('\u201C') >= 0 || s.indexOf('\u2019') >= 0 ? "\u2019s" : "'s";
        while (lost.find()) {
            if (sb == null) {
                sb = new StringBuilder(s.length());
            }
            lost.appendReplacement(sb, apostrophe);
            count++;
        }
        if (sb != null) {
            lost.appendTail(sb);
            s = sb.toString();
            repairs.add("restored " + count + " apostrophe" + (count == 1 ? "" : "s") + " lost as no-break spaces");
        }

        s = INVISIBLE.matcher(s).replaceAll("");
        s = CONTROL.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ");
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line.strip());
        }
        return new NormalizedText(out.toString(), repairs);
    }
}
