package org.storyfold.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.storyfold.StoryfoldConfig;
import org.storyfold.app.server.ApiServer;
import org.storyfold.app.server.ServerSettings;
import org.storyfold.store.StoreConfig;
import org.storyfold.store.StoryStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storyfold serve}: the API and the web page over a data folder. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {"Serves the data folder: the web page at / and the JSON API under /api/.",
                "",
                "Listens on 127.0.0.1 (this machine only) unless --host says otherwise. New articles can be "
                        + "sent to POST /api/articles while it runs. The API is described at /api/openapi.json. "
                        + "Ctrl-C stops it."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "The TCP port, 0 to 65535; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerSettings.LOOPBACK,
            description = "The interface to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--max-body-mb", paramLabel = "MB", defaultValue = "16",
            description = "Largest request body accepted, in MiB, 1 to 1024 (default: ${DEFAULT-VALUE}).")
    int maxBodyMb;

    @Option(names = "--allowed-host", paramLabel = "NAME",
            description = "A host name the server answers to besides its address, localhost and IP addresses"
                    + " (repeatable); requests naming any other host get 421, against DNS rebinding.")
    java.util.List<String> allowedHosts = new java.util.ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw UserError.usage("--port must be between 0 and 65535, got " + port);
        }
        if (maxBodyMb < 1 || maxBodyMb > 1024) {
            throw UserError.usage("--max-body-mb must be between 1 and 1024, got " + maxBodyMb);
        }
        PrintWriter err = spec.commandLine().getErr();
        StoryStore store = data.open(StoryfoldConfig.defaults(), StoreConfig.defaults(), err, new ConsoleReporter(err, false));
        ApiServer server = new ApiServer(store, new ServerSettings(host, port, maxBodyMb * 1024L * 1024L,
                allowedHosts, ServerSettings.DEFAULT_UPLOADS_AT_ONCE),
                new Version().getVersion()[0], err);
        try {
            server.start();
        } catch (RuntimeException e) {
            store.close();
            throw new UserError("cannot listen on " + host + ":" + port + ": " + rootMessage(e), Failures.FAILURE);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            stopped.countDown();
        }, "storyfold-shutdown"));
        err.println("storyfold: serving " + data.folder + " at " + server.url() + " (Ctrl-C stops)");
        err.flush();
        stopped.await();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null) {
            e = e.getCause();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
