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
        cli.setExecutionExceptionHandler(BenchCommand::inputFailure);
        System.exit(cli.execute(args));
    }

    /**
     * A missing or unreadable input (a {@code --data} folder that is not there) is the user's
     * mistake: one line and exit 1; anything else is a bug and keeps its stack trace.
     */
    private static int inputFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) throws Exception {
        java.io.IOException io = e instanceof java.io.IOException x ? x
                : e instanceof java.io.UncheckedIOException u ? u.getCause() : null;
        if (io == null) {
            throw e;
        }
        String what = io instanceof java.nio.file.NoSuchFileException n ? "no such file or folder: " + n.getFile()
                : io instanceof java.nio.file.AccessDeniedException a ? "cannot read " + a.getFile() + ": permission denied"
                : String.valueOf(io.getMessage());
        cmd.getErr().println("storyfold-bench: " + what);
        return 1;
    }
}
