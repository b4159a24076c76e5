package org.storyfold.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.storyfold.StoryfoldConfig;
import org.storyfold.cluster.Story;
import org.storyfold.extract.Article;
import org.storyfold.format.JsonFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storyfold cluster}: the stories and their articles. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {"Folds the articles into stories.",
                "",
                "Folds the articles into stories (copies always together) and names each story by its most "
                        + "representative headline."})
final class ClusterCommand implements Callable<Integer> {

    enum Format { json, text }

    @Mixin
    InputOptions input;

    @Mixin
    OutputTarget output;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people) or json ({\"stories\":[...]}). Default: ${DEFAULT-VALUE}.")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Run run = new Run(input, StoryfoldConfig.defaults(), spec.commandLine().getErr());
        List<Article> articles = run.articles();
        List<Story> stories = run.storyfold.stories(articles, run.storyfold.duplicates(articles));
        output.write(spec.commandLine().getOut(), out -> {
            if (format == Format.json) {
                JsonFormat.writeStories(stories, null, out, true);
            } else {
                new TextReport(out).stories(stories, articles);
            }
        });
        run.close(articles.size());
        return 0;
    }
}
