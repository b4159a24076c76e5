package org.storyfold.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs text that was UTF-8 but got read as Windows-1252 somewhere upstream ("Raqaâ€™s" for
 * "Raqa’s", "cafÃ©" for "café"): a run shaped like a UTF-8 sequence seen through Windows-1252 is
 * turned back into its bytes and decoded, and replaced only when those bytes are valid UTF-8, so
 * that real text ("Â" in a name, "é" alone) is never touched. Also restores an apostrophe lost as
 * a replacement character before a possessive {@code s} ("Syria�s"). Reports what it repaired.
 * Thread-safe.
 */
final class MojibakeRepair {

    /** The repaired text and the repairs made (empty when nothing changed). */
    record Repaired(String text, List<String> repairs) {
    }

    /** Characters that Windows-1252 shows for the bytes 0x80-0xBF (UTF-8 continuation bytes). */
    private static final String CONT = "[\\u0080-\\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]";
    private static final Pattern SEQUENCE = Pattern.compile(
            "[\\u00C2-\\u00DF]" + CONT + "|[\\u00E0-\\u00EF]" + CONT + "{2}|[\\u00F0-\\u00F4]" + CONT + "{3}");
    private static final Pattern LOST_APOSTROPHE = Pattern.compile("(?<=\\p{L})\\uFFFD(?=s\\b)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private MojibakeRepair() {
    }

    static Repaired repair(String text) {
        if (!mayNeedRepair(text)) {
            return new Repaired(text, List.of());
        }
        List<String> repairs = new ArrayList<>();
        String s = text;
        Matcher m = SEQUENCE.matcher(s);
        StringBuilder sb = null;
        int count = 0;
        while (m.find()) {
            String fixed = asUtf8(m.group());
            if (fixed != null) {
                if (sb == null) {
                    sb = new StringBuilder(s.length());
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(fixed));
                count++;
            }
        }
        if (sb != null) {
            m.appendTail(sb);
            s = sb.toString();
            repairs.add("repaired " + count + " character" + (count == 1 ? "" : "s")
                    + " garbled as UTF-8 read as Windows-1252 (\"â€™\" for \"’\")");
        }
        Matcher lost = LOST_APOSTROPHE.matcher(s);
        int lostCount = 0;
        while (lost.find()) {
            lostCount++;
        }
        if (lostCount > 0) {
            s = lost.replaceAll("’");
            repairs.add("restored " + lostCount + " apostrophe" + (lostCount == 1 ? "" : "s")
                    + " lost as replacement characters");
        }
        return new Repaired(s, repairs);
    }

    /** Whether the text holds a mojibake lead character or a replacement character at all (most text does not). */
    private static boolean mayNeedRepair(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u00C2' && c <= '\u00F4' || c == '\uFFFD') {
                return true;
            }
        }
        return false;
    }

    /** The UTF-8 reading of the bytes Windows-1252 shows as {@code shown}, or null if they are not UTF-8. */
    private static String asUtf8(String shown) {
        byte[] bytes = new byte[shown.length()];
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (c <= 0xFF) {
                bytes[i] = (byte) c;
            } else {
                byte[] b = String.valueOf(c).getBytes(WINDOWS_1252);
                if (b.length != 1 || b[0] == '?') {
                    return null;
                }
                bytes[i] = b[0];
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
