package org.storyfold.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code storyfold-bench}: evaluation commands over the shared evaluation data. */
@Command(name = "storyfold-bench", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        subcommands = {ClusterEvalCommand.class, ClusterScaleCommand.class, ExtractEvalCommand.class,
                MetadataEvalCommand.class, SummaryEvalCommand.class, BriefSpeedCommand.class, StoreClusterEvalCommand.class,
                GenerateCommand.class, ServeLoadCommand.class, HardenCommand.class, WatchBenchCommand.class,
                org.storyfold.bench.dedup.DedupCorpusCommand.class, org.storyfold.bench.dedup.DedupBenchCommand.class,
                org.storyfold.bench.dedup.DedupStressCommand.class, SparkBenchCommand.class, CommandLine.HelpCommand.class},
        description = "Evaluates storyfold's stages on real data and prints the figures beside their baselines.")
public final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setOut(out);
        System.exit(cli.execute(args));
    }
}
