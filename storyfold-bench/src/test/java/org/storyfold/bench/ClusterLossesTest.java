package org.storyfold.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ClusterLossesTest {

    @Test
    void countsWhatEachSplitGoldClusterAndEachMixedStoryLoses() {
        // Gold: a quake of three reports (q1 to q3) and a heist of two (h1, h2). The stories: s1 holds two
        // quake reports and a heist report, s2 the third quake report, s3 the other heist report.
        Map<String, String> gold = labels("q1", "quake", "q2", "quake", "q3", "quake", "h1", "heist", "h2", "heist");
        Map<String, String> predicted = labels("q1", "s1", "q2", "s1", "h1", "s1", "q3", "s2", "h2", "s3");
        ClusterLosses losses = ClusterLosses.of(predicted, gold);

        // The quake loses (2 (1 - 2/3) + 1 (1 - 1/3)) / 5, the heist (1 (1 - 1/2) + 1 (1 - 1/2)) / 5.
        assertThat(losses.splits()).extracting(ClusterLosses.Loss::label).containsExactly("quake", "heist");
        assertThat(losses.splits().get(0).lost()).isCloseTo(4.0 / 15, within(1e-12));
        assertThat(losses.splits().get(0).sizes()).isEqualTo("2 + 1");
        assertThat(losses.splits().get(0).pieces().get(0)).isEqualTo(new ClusterLosses.Piece("s1", 3, List.of("q1", "q2")));
        assertThat(losses.splits().get(1).lost()).isCloseTo(1.0 / 5, within(1e-12));
        // Only s1 mixes: (2 (1 - 2/3) + 1 (1 - 1/3)) / 5; the stories of one gold cluster lose nothing.
        assertThat(losses.mixes()).hasSize(1);
        assertThat(losses.mixes().get(0).label()).isEqualTo("s1");
        assertThat(losses.mixes().get(0).lost()).isCloseTo(4.0 / 15, within(1e-12));
        assertThat(losses.mixes().get(0).pieces()).extracting(ClusterLosses.Piece::label).containsExactly("quake", "heist");
        assertThat(losses.mixes().get(0).pieces().get(1).whole()).isEqualTo(2);

        ClusteringMetrics m = ClusteringMetrics.score(predicted, gold);
        assertThat(losses.recallLost()).isCloseTo(1 - m.recall(), within(1e-12));
        assertThat(losses.precisionLost()).isCloseTo(1 - m.precision(), within(1e-12));
    }

    @Test
    void losesNothingWhereTheStoriesAreTheGold() {
        Map<String, String> gold = labels("a", "x", "b", "x", "c", "y");
        ClusterLosses losses = ClusterLosses.of(labels("a", "s9", "b", "s9", "c", "s4"), gold);
        assertThat(losses.splits()).isEmpty();
        assertThat(losses.mixes()).isEmpty();
        assertThat(losses.recallLost()).isZero();
    }

    @Test
    void theCommandListsTheLossesUnderTheSetsOwnIdsAndTheyAddUpToItsScores(@TempDir Path dir) throws Exception {
        // Gold "quake" holds two reports of one Chilean earthquake and, as a noisy gold cluster may, a
        // report of a heist in Paris; gold "fire" holds two reports of one warehouse fire.
        Path file = dir.resolve("hand.jsonl");
        Files.writeString(file, String.join("\n",
                line("quake-1", "quake", "A strong earthquake of magnitude 7.1 struck central Chile on Monday, damaging "
                        + "buildings in Santiago. Chilean officials said rescue teams were searching collapsed houses "
                        + "in the capital and that aftershocks shook the region through the night."),
                line("quake-2", "quake", "Rescue teams in Santiago searched collapsed houses on Monday after an earthquake "
                        + "of magnitude 7.1 struck central Chile, officials said, as aftershocks shook the region and "
                        + "buildings in the capital were damaged."),
                line("quake-3", "quake", "Armed robbers stole jewels worth 80 million euros from a hotel on the Place "
                        + "Vendome in Paris on Thursday, police said, escaping on scooters after threatening the guards "
                        + "of the boutique with handguns."),
                line("fire-1", "fire", "A fire destroyed a timber warehouse in the port of Hamburg on Saturday, the fire "
                        + "brigade said; more than 200 firefighters fought the blaze for nine hours and nobody was hurt."),
                line("fire-2", "fire", "More than 200 firefighters fought a blaze that destroyed a timber warehouse in the "
                        + "port of Hamburg for nine hours on Saturday, the fire brigade said, adding that nobody was hurt."))
                + "\n");
        StringWriter text = new StringWriter();
        CommandLine cmd = new CommandLine(new ClusterEvalCommand());
        cmd.setOut(new PrintWriter(text));
        assertThat(cmd.execute("--data", file.toString(), "--losses")).isZero();
        String out = text.toString();

        Matcher scores = Pattern.compile("online \\(storyfold default\\)\\s+([0-9.]+)\\s+([0-9.]+)").matcher(out);
        assertThat(scores.find()).isTrue();
        double precision = Double.parseDouble(scores.group(1));
        double recall = Double.parseDouble(scores.group(2));
        String losses = out.substring(out.indexOf("Where the online clusterer loses"));
        Matcher recallLost = Pattern.compile("Recall lost, ([0-9.]+) in all").matcher(losses);
        Matcher precisionLost = Pattern.compile("Precision lost, ([0-9.]+) in all").matcher(losses);
        assertThat(recallLost.find()).isTrue();
        assertThat(precisionLost.find()).isTrue();
        assertThat(Double.parseDouble(recallLost.group(1))).isCloseTo(1 - recall, within(0.0011));
        assertThat(Double.parseDouble(precisionLost.group(1))).isCloseTo(1 - precision, within(0.0011));
        // The heist is not the quake: whatever else the clusterer does, "quake" is split, and the heist
        // report is listed under the set's own id with the start of its text (never under an opaque id).
        assertThat(losses).containsPattern("gold quake \\(3\\) split 2 \\+ 1|gold quake \\(3\\) split 1 \\+ 1 \\+ 1")
                .contains("quake-3        undated    Armed robbers stole jewels worth 80 million euros from a hotel on the Place Vend...")
                .doesNotContainPattern("\\bd[0-9a-f]{16}\\b");
    }

    private static Map<String, String> labels(String... pairs) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            labels.put(pairs[i], pairs[i + 1]);
        }
        return labels;
    }

    private static String line(String id, String cluster, String text) {
        return "{\"id\": \"" + id + "\", \"cluster\": \"" + cluster + "\", \"text\": \"" + text + "\"}";
    }
}
