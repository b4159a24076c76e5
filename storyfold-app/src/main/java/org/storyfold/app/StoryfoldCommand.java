package org.storyfold.app;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code storyfold}: the top-level command, which only dispatches to its subcommands. */
@Command(name = "storyfold",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        subcommands = {DigestCommand.class, ExtractCommand.class, DedupCommand.class, DiffCommand.class, ClusterCommand.class,
                IngestCommand.class, SearchCommand.class, ServeCommand.class, WatchCommand.class, AlertCommand.class,
                CommandLine.HelpCommand.class},
        usageHelpAutoWidth = true,
        description = {
                "Folds news articles from many outlets into stories, and tells what the sources agree on, "
                        + "who copied whom, and what each copy changed, with every sentence cited.",
                "",
                "Inputs are files and folders (read recursively): .txt, .html/.htm and .jsonl, each also .gz. "
                        + "JSON Lines fields: id, url, title, text or html, published, outlet; others are ignored. "
                        + "A file that cannot be used gets one line on stderr with its reason, and the run goes on."},
        footer = {"", "Exit status: 0 on success, 2 on a usage error, 1 on any other failure.",
                "Example: storyfold digest examples/raqqa"})
final class StoryfoldCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<String> commands = spec.commandLine().getSubcommands().keySet().stream()
                .filter(name -> !name.equals("help")).toList();
        spec.commandLine().getErr().println("storyfold: missing command (" + String.join(", ",
                commands.subList(0, commands.size() - 1)) + " or " + commands.get(commands.size() - 1) + ")");
        spec.commandLine().usage(spec.commandLine().getErr());
        return Failures.USAGE;
    }
}
