package org.storyfold.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.storyfold.StoryfoldConfig;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.extract.Article;
import org.storyfold.format.JsonFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storyfold dedup}: the families of copies and their likely originals. */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {"Finds copies and who copied whom.",
                "",
                "Finds exact duplicates, near duplicates (reprints with edits) and partial copies (articles that "
                        + "reuse some of another's sentences), grouped around their likely original: the earliest, "
                        + "agency-credited, most complete printing."})
final class DedupCommand implements Callable<Integer> {

    enum Format { json, text }

    @Mixin
    InputOptions input;

    @Mixin
    OutputTarget output;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people) or json ({\"groups\":[...]}). Default: ${DEFAULT-VALUE}.")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Run run = new Run(input, StoryfoldConfig.defaults(), spec.commandLine().getErr());
        List<Article> articles = run.articles();
        List<DuplicateGroup> groups = run.storyfold.duplicates(articles);
        output.write(spec.commandLine().getOut(), out -> {
            if (format == Format.json) {
                JsonFormat.writeGroups(groups, out, true);
            } else {
                new TextReport(out).groups(groups, articles);
            }
        });
        run.close(articles.size());
        return 0;
    }
}
