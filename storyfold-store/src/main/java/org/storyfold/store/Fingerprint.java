package org.storyfold.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.storyfold.ingest.RawDocument;

/**
 * The identity of a document as read: SHA-256 of its id, content and stated metadata, but not of
 * where it was read, so that the same document ingested twice, from anywhere, is stored once.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static String of(RawDocument d) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {d.id(), d.type().name(), d.content(), d.url(), d.title(), d.published(),
                    d.outlet()}) {
                // A marker per part keeps ("ab", null) apart from ("a", "b").
                sha.update(part == null ? new byte[] {0} : (part.length() + ":" + part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 1);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
