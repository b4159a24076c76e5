package org.storyfold.dedup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reads and writes a copy index's {@code index.properties}: its format, its settings (every
 * component of {@link DedupConfig}), and the size of its profile file; written to a temporary
 * file and moved into place, so that it is whole or absent. Stateless.
 */
final class IndexSettings {

    private IndexSettings() {
    }

    /** What the file holds. */
    record Saved(int format, DedupConfig config, long profileBytes) {
    }

    static void write(Path file, Saved s) throws IOException {
        java.util.Properties p = new java.util.Properties();
        DedupConfig c = s.config();
        FingerprintConfig f = c.fingerprints();
        p.setProperty("format", Integer.toString(s.format()));
        p.setProperty("profileBytes", Long.toString(s.profileBytes()));
        put(p, "candidateSimilarity", c.candidateSimilarity());
        put(p, "permutations", c.permutations());
        put(p, "shingleWords", c.shingleWords());
        put(p, "bands", c.bands());
        put(p, "rows", c.rows());
        put(p, "sentenceMatch", c.sentenceMatch());
        put(p, "copiedSentence", c.copiedSentence());
        put(p, "nearShare", c.nearShare());
        put(p, "partialSentences", c.partialSentences());
        put(p, "partialShare", c.partialShare());
        put(p, "fingerprints.sentenceSimilarity", f.sentenceSimilarity());
        put(p, "fingerprints.maxBands", f.maxBands());
        put(p, "fingerprints.bands", f.bands());
        put(p, "fingerprints.rows", f.rows());
        put(p, "fingerprints.minWords", f.minWords());
        put(p, "fingerprints.maxPostings", f.maxPostings());
        put(p, "fingerprints.maxSentences", f.maxSentences());
        put(p, "fingerprints.maxKeys", f.maxKeys());
        put(p, "fingerprints.maxCandidates", f.maxCandidates());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "storyfold copy index");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static Saved read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString(), null, "no index here");
        }
        java.util.Properties p = new java.util.Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        try {
            FingerprintConfig f = new FingerprintConfig(d(p, "fingerprints.sentenceSimilarity"),
                    i(p, "fingerprints.maxBands"), i(p, "fingerprints.bands"), i(p, "fingerprints.rows"),
                    i(p, "fingerprints.minWords"), i(p, "fingerprints.maxPostings"), i(p, "fingerprints.maxSentences"),
                    i(p, "fingerprints.maxKeys"), i(p, "fingerprints.maxCandidates"));
            DedupConfig c = new DedupConfig(d(p, "candidateSimilarity"), i(p, "permutations"), i(p, "shingleWords"),
                    i(p, "bands"), i(p, "rows"), d(p, "sentenceMatch"), d(p, "copiedSentence"), d(p, "nearShare"),
                    i(p, "partialSentences"), d(p, "partialShare"), f);
            return new Saved(i(p, "format"), c, Long.parseLong(p.getProperty("profileBytes")));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException(file + " is not a valid index settings file: " + e.getMessage(), e);
        }
    }

    private static void put(java.util.Properties p, String key, Object value) {
        p.setProperty(key, value.toString());
    }

    private static double d(java.util.Properties p, String key) {
        return Double.parseDouble(require(p, key));
    }

    private static int i(java.util.Properties p, String key) {
        return Integer.parseInt(require(p, key));
    }

    private static String require(java.util.Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException("missing " + key);
        }
        return v.trim();
    }
}
