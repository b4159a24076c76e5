package org.storyfold.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the agency credit of an article: a line that is only a credit ("Agence France-Presse",
 * "By AFP"), or a credit closing the last paragraph ("... on Friday. — AFP"). A mention such as
 * "told AFP" is not a credit. Thread-safe.
 */
final class CreditFinder {

    /** Where a credit was found: the agency and where the credit text starts in the block. */
    record Credit(String agency, int start) {
    }

    private static final Pattern CREDIT_LINE = Pattern.compile(
            "(?:(?:by|with|source:|from|©|\\(c\\)|copyright)\\s+|[—–-]+\\s*)?(?:the\\s+)?("
                    + Agencies.ALIAS_ALTERNATION + ")(?:\\s+(?:staff|reporters?|news agency))?\\.?",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?:\\s+[—–-]+\\s*|\\s*\\(|\\s+/\\s*|\\s+)(" + Agencies.ALIAS_ALTERNATION + ")\\)?\\.?$");

    private CreditFinder() {
    }

    /** The agency, if the whole block is a credit line. */
    static Optional<String> creditLine(String block) {
        Matcher m = CREDIT_LINE.matcher(block.strip());
        return m.matches() ? Agencies.byName(m.group(1)) : Optional.empty();
    }

    /**
     * A credit closing the block, after the last sentence's end: "... on Friday. — AFP",
     * "... on Friday. (AFP)". Never a name inside a sentence.
     */
    static Optional<Credit> trailingCredit(String block) {
        Matcher m = TRAILING_CREDIT.matcher(block);
        if (!m.find()) {
            return Optional.empty();
        }
        String before = block.substring(0, m.start()).stripTrailing();
        boolean afterSentence = before.isEmpty() || ".!?\"”’)".indexOf(before.charAt(before.length() - 1)) >= 0;
        String separator = block.substring(m.start(), m.start(1));
        boolean marked = separator.strip().length() > 0;
        if (!afterSentence || !marked) {
            return Optional.empty();
        }
        return Agencies.byName(m.group(1)).map(agency -> new Credit(agency, m.start()));
    }
}
