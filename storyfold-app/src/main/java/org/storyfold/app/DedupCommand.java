package org.storyfold.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyfold.StoryfoldConfig;
import org.storyfold.dedup.CopyEdits;
import org.storyfold.dedup.CopyIndex;
import org.storyfold.dedup.CopyKind;
import org.storyfold.dedup.CopyLink;
import org.storyfold.dedup.DedupConfig;
import org.storyfold.dedup.DuplicateGroup;
import org.storyfold.dedup.FingerprintConfig;
import org.storyfold.dedup.IndexChanges;
import org.storyfold.dedup.SentenceDiff;
import org.storyfold.extract.Article;
import org.storyfold.format.JsonFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storyfold dedup}: the families of copies and their likely originals, with each copy's edits. */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {"Finds copies and who copied whom.",
                "",
                "Finds exact duplicates, near duplicates (reprints with edits) and partial copies (articles that "
                        + "reuse some of another's sentences), grouped around their likely original: the earliest, "
                        + "agency-credited, most complete printing; for each copy, the sentences it adds, drops and "
                        + "changes, and the words it substitutes throughout (\"IS -> Daesh\").",
                "",
                "With --index, the articles are added to the copy index kept in DIR (created if missing), compared "
                        + "with everything indexed before, and only the groups they change are shown."})
final class DedupCommand implements Callable<Integer> {

    enum Format { json, text }

    @Mixin
    InputOptions input;

    @Mixin
    OutputTarget output;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for people) or json ({\"groups\":[...]}). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--index", paramLabel = "DIR",
            description = "Keep the copy index in DIR: add the articles to it, save it, show the groups that changed.")
    Path index;

    @Option(names = "--sentence-similarity", paramLabel = "J",
            description = "How alike two printings of a sentence must be to be found (Jaccard similarity of their "
                    + "word pairs, in (0, 1]; one word changed in 20 leaves 0.8). The fingerprint bands and rows are "
                    + "derived from it. Default: 0.5.")
    Double sentenceSimilarity;

    @Option(names = "--bands", paramLabel = "B", description = "Expert: fingerprint bands per sentence (with --rows).")
    Integer bands;

    @Option(names = "--rows", paramLabel = "R", description = "Expert: MinHash rows per band (with --bands).")
    Integer rows;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        StoryfoldConfig config = StoryfoldConfig.defaults();
        config = new StoryfoldConfig(config.ingest(), dedupConfig(config.dedup()), config.cluster(), config.brief());
        Run run = new Run(input, config, spec.commandLine().getErr());
        List<Article> articles = run.articles();
        List<DuplicateGroup> groups;
        if (index == null) {
            groups = run.storyfold.duplicates(articles);
        } else {
            groups = indexed(articles, config.dedup(), spec.commandLine().getErr());
        }
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

    private DedupConfig dedupConfig(DedupConfig defaults) {
        if ((bands == null) != (rows == null)) {
            throw UserError.usage("--bands and --rows go together: give both, or neither");
        }
        try {
            FingerprintConfig f = defaults.fingerprints();
            if (sentenceSimilarity != null) {
                f = f.withSentenceSimilarity(sentenceSimilarity);
            }
            if (bands != null) {
                f = f.withBanding(bands, rows);
            }
            return defaults.withFingerprints(f);
        } catch (IllegalArgumentException e) {
            throw UserError.usage(e.getMessage().replace("sentenceSimilarity", "--sentence-similarity")
                    .replace("bands", "--bands").replace("rows", "--rows"));
        }
    }

    /** Adds the articles to the index in {@link #index} and returns the groups they changed, with edits where both texts are here. */
    private List<DuplicateGroup> indexed(List<Article> articles, DedupConfig config, PrintWriter err) throws IOException {
        if (Files.exists(index) && !Files.isDirectory(index)) {
            throw UserError.usage("--index " + index + " is a file, not a folder");
        }
        boolean existed = CopyIndex.exists(index);
        IndexChanges changes;
        int size;
        try (CopyIndex copies = existed ? CopyIndex.open(index) : CopyIndex.create(config, index)) {
            if (existed && (sentenceSimilarity != null || bands != null) && !copies.config().equals(config)) {
                err.println("storyfold: the index in " + index + " keeps the settings it was built with; "
                        + "--sentence-similarity, --bands and --rows are ignored");
            }
            changes = copies.add(articles);
            copies.save(index);
            size = copies.size();
        }
        if (!input.quiet) {
            err.println("storyfold: " + changes.added().size() + " article" + (changes.added().size() == 1 ? "" : "s")
                    + " added to the index in " + index + " (" + size + " in all), " + changes.skipped().size()
                    + " already there; " + changes.groups().size() + " group" + (changes.groups().size() == 1 ? "" : "s")
                    + " changed");
        }
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.putIfAbsent(a.id(), a));
        SentenceDiff diff = new SentenceDiff(config);
        List<DuplicateGroup> groups = new ArrayList<>();
        for (DuplicateGroup g : changes.groups()) {
            List<CopyLink> links = new ArrayList<>();
            for (CopyLink l : g.links()) {
                Article copy = byId.get(l.copy());
                Article original = byId.get(l.original());
                CopyEdits edits = l.kind() == CopyKind.EXACT ? CopyEdits.NONE
                        : copy == null || original == null ? null
                        : diff.edits(copy.text(), original.text(), l.kind() == CopyKind.PARTIAL);
                links.add(l.withEdits(edits));
            }
            groups.add(new DuplicateGroup(g.members(), g.original(), g.kind(), g.similarity(), links));
        }
        return groups;
    }
}
