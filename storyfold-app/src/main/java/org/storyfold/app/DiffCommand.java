package org.storyfold.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.storyfold.StoryfoldConfig;
import org.storyfold.dedup.ArticleDiff;
import org.storyfold.dedup.CopyEdits;
import org.storyfold.dedup.SentenceDiff;
import org.storyfold.dedup.WordDiff;
import org.storyfold.extract.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyfold diff A B INPUT...}: two articles side by side, sentence by sentence. */
@Command(name = "diff", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {"Shows two articles side by side, sentence by sentence.",
                "",
                "A and B are article ids (or the start of one) among the articles read from INPUT; B is read "
                        + "as a copy of A, in B's order, the diff the web page shows. Each row holds a sentence of B "
                        + "and the sentence of A it reprints: '=' the same words, '~' edited, '<' only A prints it "
                        + "(where it stood in A), '>' only B prints it. Then the word substitutions B makes "
                        + "systematically (\"IS -> Daesh\")."})
final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "A", description = "The left article's id, or the start of it.")
    String left;

    @Parameters(index = "1", paramLabel = "B", description = "The right article's id, or the start of it.")
    String right;

    @Parameters(index = "2..*", arity = "1..*", paramLabel = "INPUT",
            description = "Files or folders to read (folders recursively): .txt, .html, .htm, .jsonl, each also .gz.")
    List<Path> inputs;

    @Option(names = "--max-document-mb", paramLabel = "MB", defaultValue = "16",
            description = "Largest document accepted, in MiB (default: ${DEFAULT-VALUE}).")
    int maxDocumentMb;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no closing count on stderr.")
    boolean quiet;

    @Mixin
    OutputTarget output;

    @Option(names = "--width", paramLabel = "N", defaultValue = "120",
            description = "Line width of the side-by-side view, at least 40 (default: ${DEFAULT-VALUE}).")
    int width;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (width < 40 || width > 1000) {
            throw UserError.usage("--width must be between 40 and 1000, got " + width);
        }
        // The other commands take their inputs from InputOptions, whose INPUT list starts at the
        // first position; here it follows A and B, so the same options are declared above.
        InputOptions input = new InputOptions();
        input.inputs = inputs;
        input.maxDocumentMb = maxDocumentMb;
        input.quiet = quiet;
        Run run = new Run(input, StoryfoldConfig.defaults(), spec.commandLine().getErr());
        List<Article> articles = run.articles();
        Article a = find(left, articles);
        Article b = find(right, articles);
        SentenceDiff diff = new SentenceDiff(StoryfoldConfig.defaults().dedup());
        ArticleDiff changes = diff.compare(a, b);
        CopyEdits edits = diff.edits(b.text(), a.text(), false);
        output.write(spec.commandLine().getOut(), out -> print(out, a, b, changes, edits));
        run.close(articles.size());
        return 0;
    }

    /** The article whose id is {@code key}, or the only one whose id starts with it. */
    private static Article find(String key, List<Article> articles) {
        List<Article> starting = new ArrayList<>();
        for (Article a : articles) {
            if (a.id().equals(key)) {
                return a;
            }
            if (a.id().startsWith(key)) {
                starting.add(a);
            }
        }
        if (starting.size() == 1) {
            return starting.get(0);
        }
        if (starting.isEmpty()) {
            throw UserError.usage("no article with id " + key + " among the " + articles.size() + " articles read");
        }
        throw UserError.usage("the id " + key + " is ambiguous: " + starting.stream().limit(5).map(Article::id)
                .collect(Collectors.joining(", ")) + (starting.size() > 5 ? ", ..." : ""));
    }

    private void print(PrintWriter out, Article a, Article b, ArticleDiff changes, CopyEdits edits) {
        int column = (width - 3) / 2;
        out.println(pad("A: " + a.id(), column) + "   " + "B: " + b.id());
        out.println(pad(a.title() == null ? "" : clip(a.title(), column), column) + "   " + (b.title() == null ? "" : clip(b.title(), column)));
        out.println("-".repeat(width));
        int[] counts = new int[ArticleDiff.Change.values().length];
        for (ArticleDiff.Row row : changes.rows()) {
            counts[row.change().ordinal()]++;
            List<String> l = lines(text(row.original()), column);
            List<String> r = lines(text(row.copy()), column);
            String mark = switch (row.change()) {
                case SAME -> "=";
                case EDITED -> "~";
                case CUT -> "<";
                case ADDED -> ">";
            };
            for (int i = 0; i < Math.max(l.size(), r.size()); i++) {
                String lt = i < l.size() ? l.get(i) : "";
                String rt = i < r.size() ? r.get(i) : "";
                out.println((pad(lt, column) + " " + (i == 0 ? mark : " ") + " " + rt).stripTrailing());
            }
        }
        out.println("-".repeat(width));
        out.printf(Locale.ROOT, "%d the same, %d edited, %d only in A, %d only in B%n",
                counts[ArticleDiff.Change.SAME.ordinal()], counts[ArticleDiff.Change.EDITED.ordinal()],
                counts[ArticleDiff.Change.CUT.ordinal()], counts[ArticleDiff.Change.ADDED.ordinal()]);
        if (edits.substitutions().isEmpty()) {
            out.println("No systematic substitutions.");
        } else {
            out.println("Systematic substitutions, A \u2192 B: " + edits.substitutions().stream()
                    .map(s -> s.from() + " \u2192 " + s.to() + " (" + s.count() + " sentences)")
                    .collect(Collectors.joining(", ")));
        }
    }

    /** A side of a row as printed: its runs joined, or null when the side is empty. */
    private static String text(List<WordDiff.Run> runs) {
        return runs.isEmpty() ? null : runs.stream().map(WordDiff.Run::text).collect(Collectors.joining()).strip();
    }

    /** {@code text} wrapped into lines of at most {@code width} characters (none when null). */
    private static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            while (word.length() > width) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "\u2026";
    }
}
