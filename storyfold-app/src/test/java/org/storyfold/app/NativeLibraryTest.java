package org.storyfold.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite driver's native library is unpacked into the data folder, not left in the system's temporary folder. */
class NativeLibraryTest {

    @TempDir
    Path dir;

    @Test
    void aRunningServerKeepsSqlitesNativeLibraryInItsDataFolder() throws Exception {
        Path systemTmp = Files.createDirectories(dir.resolve("system-tmp"));
        Path data = dir.resolve("data");
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + systemTmp, "-cp", System.getProperty("java.class.path"), "org.storyfold.app.Main",
                "serve", "--data", data.toString(), "--port", "0").redirectErrorStream(true).start();
        try (BufferedReader log = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = log.readLine()) != null && !line.contains("serving")) {
                seen.append(line).append('\n');
            }
            assertThat(line).as(seen.toString()).isNotNull();
            try (var files = Files.list(systemTmp)) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains("sqlite"));
            }
            try (var files = Files.list(data.resolve("tmp/native"))) {
                assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.contains("sqlite"));
            }
        } finally {
            serve.destroyForcibly();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
