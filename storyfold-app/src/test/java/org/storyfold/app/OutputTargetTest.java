package org.storyfold.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --out} never turns a special file into a regular one, follows links and keeps permissions. */
class OutputTargetTest {

    private static final String TEXT = "Council approves the budget\n\nThe city council approved the budget on Tuesday after a long debate.";

    @TempDir
    Path dir;

    @Test
    void writesIntoANamedPipeAndLeavesItAPipe() throws Exception {
        Path input = input();
        Path fifo = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mkfifo.exitValue()).isZero();
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        CliRun r = CliRun.run("extract", "--out", fifo.toString(), input.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(reader.get(30, TimeUnit.SECONDS)).contains("\"title\":\"Council approves the budget\"");
        BasicFileAttributes attrs = Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        assertThat(attrs.isOther()).as("still a named pipe").isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("in.txt", "pipe");
        }
    }

    @Test
    void followsASymbolicLinkAndLeavesItALink() throws IOException {
        Path input = input();
        Path real = Files.createDirectory(dir.resolve("real")).resolve("result.jsonl");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), Path.of("real/result.jsonl"));
        assertThat(run("extract", "--out", link.toString(), input.toString())).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("Council approves the budget");
        assertThat(run("extract", "--out", Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere/x")).toString(),
                input.toString())).isEqualTo(2);
    }

    @Test
    void keepsTheModeOfTheFileItReplacesAndGivesANewFileTheUsualMode() throws IOException {
        Path input = input();
        Path existing = dir.resolve("existing.jsonl");
        Files.writeString(existing, "old");
        Set<PosixFilePermission> mode = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(existing, mode);
        assertThat(run("extract", "--out", existing.toString(), input.toString())).isZero();
        assertThat(Files.getPosixFilePermissions(existing)).isEqualTo(mode);
        assertThat(Files.readString(existing)).contains("Council approves the budget");

        Path fresh = dir.resolve("fresh.jsonl");
        assertThat(run("extract", "--out", fresh.toString(), input.toString())).isZero();
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain")));
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(usual);
    }

    private Path input() throws IOException {
        return Files.writeString(dir.resolve("in.txt"), TEXT);
    }

    private static int run(String... args) {
        return CliRun.run(args).code();
    }
}
