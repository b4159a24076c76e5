package org.storyfold.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * One input file: where it is, how it is named in reports, its kind and its article id.
 *
 * @param path    the file
 * @param source  its name in reports and in articles' {@code source}: the path as the user gave it
 * @param kind    how to read it
 * @param id      the article id derived from the file name
 */
public record InputFile(Path path, String source, FileKind kind, String id) {

    /** Opens the file, decompressing it if its name ends in {@code .gz}. */
    public InputStream open() throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path), 65536);
        if (FileKind.isGzipped(path.getFileName().toString())) {
            try {
                return new GZIPInputStream(in, 65536);
            } catch (IOException e) {
                in.close();
                throw e;
            }
        }
        return in;
    }
}
