package org.storyfold.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.storyfold.StoryfoldConfig;
import org.storyfold.cluster.Clustering;
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
                "Folds the articles into stories (copies always together), names each story by its most "
                        + "representative headline, and links stories that develop one another into storylines."})
final class ClusterCommand implements Callable<Integer> {

    enum Format { json, text }

    @Mixin
    InputOptions input;

    @Mixin
    OutputTarget output;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people) or json ({\"stories\":[...],\"storylines\":[...]}). "
                    + "Default: ${DEFAULT-VALUE}.")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Run run = new Run(input, StoryfoldConfig.defaults(), spec.commandLine().getErr());
        List<Article> articles = run.articles();
        Clustering clustering = run.storyfold.clustering(articles, run.storyfold.duplicates(articles));
        output.write(spec.commandLine().getOut(), out -> {
            if (format == Format.json) {
                JsonFormat.writeClustering(clustering, out, true);
            } else {
                TextReport report = new TextReport(out);
                report.stories(clustering.stories(), articles);
                report.storylines(clustering.storylines(), null);
            }
        });
        run.close(articles.size());
        return 0;
    }
}
