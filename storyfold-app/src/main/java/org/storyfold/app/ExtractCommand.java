package org.storyfold.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.storyfold.StoryfoldConfig;
import org.storyfold.extract.Article;
import org.storyfold.format.JsonFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storyfold extract}: the articles' clean text and metadata. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {"Writes each article's clean text and metadata.",
                "",
                "Extracts each article's text and metadata (title, published date, dateline, credit, outlet), "
                        + "and lists the lines removed as page furniture with their reasons."})
final class ExtractCommand implements Callable<Integer> {

    enum Format { jsonl, text }

    @Mixin
    InputOptions input;

    @Mixin
    OutputTarget output;

    @Option(names = {"-f", "--format"}, defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "jsonl (one article object a line) or text (for people). Default: ${DEFAULT-VALUE}.")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Run run = new Run(input, StoryfoldConfig.defaults(), spec.commandLine().getErr());
        List<Article> articles = run.articles();
        output.write(spec.commandLine().getOut(), out -> {
            if (format == Format.jsonl) {
                for (Article a : articles) {
                    JsonFormat.writeArticleLine(a, out);
                }
            } else {
                new TextReport(out).articles(articles);
            }
        });
        run.close(articles.size());
        return 0;
    }
}
