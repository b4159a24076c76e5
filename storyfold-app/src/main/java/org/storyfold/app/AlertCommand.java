package org.storyfold.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.storyfold.store.SavedSearch;
import org.storyfold.store.SavedSearches;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyfold alert}: saved searches, each served as a feed and optionally posted to a webhook. */
@Command(name = "alert", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {"Saved searches: each is served as /feeds/NAME.atom by serve (and watch --serve), and each "
                + "story that comes to match it while watch runs is posted to its webhook, if it has one.",
                "", "They may be changed while a watch or server runs on the same data folder."},
        subcommands = {AlertCommand.Add.class, AlertCommand.ListAlerts.class, AlertCommand.Remove.class,
                CommandLine.HelpCommand.class})
final class AlertCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("storyfold: missing alert command (add, list or remove)");
        spec.commandLine().usage(spec.commandLine().getErr());
        return Failures.USAGE;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Saves a search (replacing one of the same name).")
    static final class Add implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Parameters(index = "0", paramLabel = "NAME", description = "Letters, digits, - and _: the feed is /feeds/NAME.atom.")
        String name;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "QUERY", description = "The search, as storyfold search takes it.")
        List<String> query;

        @Option(names = "--webhook", paramLabel = "URL", description = "POST each newly matching story's JSON here.")
        String webhook;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (SavedSearches searches = SavedSearches.open(data.folder)) {
                SavedSearch s = searches.save(name, String.join(" ", query), webhook);
                spec.commandLine().getOut().println("saved search " + s.name() + ": " + s.query()
                        + (s.webhook() == null ? "" : " (webhook " + s.webhook() + ")") + "; feed /feeds/" + s.name() + ".atom");
                spec.commandLine().getOut().flush();
                return 0;
            } catch (IllegalArgumentException e) {
                throw UserError.usage(e.getMessage());
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the saved searches.")
    static final class ListAlerts implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (SavedSearches searches = SavedSearches.open(data.folder)) {
                for (SavedSearch s : searches.list()) {
                    spec.commandLine().getOut().println(s.name() + "\t" + s.query()
                            + (s.webhook() == null ? "" : "\t" + s.webhook()));
                }
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes a saved search.")
    static final class Remove implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (SavedSearches searches = SavedSearches.open(data.folder)) {
                if (!searches.remove(name)) {
                    throw new UserError("no saved search named \"" + name + "\"", Failures.FAILURE);
                }
                spec.commandLine().getOut().println("removed saved search " + name);
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }
}
