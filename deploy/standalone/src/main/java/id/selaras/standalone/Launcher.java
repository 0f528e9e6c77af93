package id.selaras.standalone;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Runs the whole Selaras platform with one command: PostgreSQL, the backend and the web UI, stopped together. */
public final class Launcher {

    /** Generous: a first start loads the demo plan, and small or busy machines start slowly; a child that exits ends the wait at once. */
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration STOP_GRACE = Duration.ofSeconds(40);

    private final LauncherConfig config;
    private final Applications applications;
    private final List<ChildProcess> children = new CopyOnWriteArrayList<>();
    private volatile EmbeddedDatabase database;
    private volatile boolean stopping;

    Launcher(LauncherConfig config, Applications applications) {
        this.config = config;
        this.applications = applications;
    }

    public static void main(String[] args) {
        // zonky logs through SLF4J; its routine messages are replaced by the launcher's own.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
        try {
            Settings settings = Settings.of(args);
            LauncherConfig config = LauncherConfig.resolve(settings, Path.of(System.getProperty("user.home")));
            new Launcher(config, Applications.locate(settings)).run();
        } catch (StartupFailure e) {
            print(System.err, e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void run() throws InterruptedException {
        long started = System.nanoTime();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "selaras-stop"));
        Path java = JavaRuntime.forApplications();
        Ports.requireFree(config.backendPort(), "backend", LauncherConfig.BACKEND_PORT);
        Ports.requireFree(config.webPort(), "web UI", LauncherConfig.WEB_PORT);
        DatabaseSettings db = config.externalDatabase().orElseGet(this::startEmbeddedDatabase);
        startApplications(java, db);
        try {
            Readiness.await(config, children, READY_TIMEOUT);
        } catch (StartupFailure e) {
            if (stopping) {
                return; // asked to stop while starting: the applications ended because of that
            }
            throw e;
        }
        announce(db, started);
        ChildProcess ended = CompletableFuture.anyOf(children.stream().map(ChildProcess::onExit)
                .toArray(CompletableFuture[]::new)).thenApply(ChildProcess.class::cast).join();
        // Ctrl-C reaches the applications and this JVM together: give the shutdown hook time to say it is stopping.
        Thread.sleep(1000);
        if (!stopping) {
            throw new StartupFailure("The " + ended.name() + " stopped unexpectedly (exit code " + ended.exitCode()
                    + "); stopping Selaras.");
        }
    }

    /*
     * Starting and stopping exclude each other: a Ctrl-C during a start waits for it, so that nothing it started is left
     * running, and nothing starts after the shutdown hook has run.
     */
    private synchronized void startApplications(Path java, DatabaseSettings db) {
        requireNotStopping();
        say("Starting the backend on port " + config.backendPort() + " and the web UI on port " + config.webPort()
                + " (" + java + ")" + (config.demo() ? "; the demo plan is loaded into an empty database." : "."));
        children.add(ChildProcess.start("backend", java, applications.backendJar(), Environment.backend(config, db)));
        children.add(ChildProcess.start("web-ui", java, applications.webUiJar(), Environment.webUi(config, db)));
    }

    private synchronized DatabaseSettings startEmbeddedDatabase() {
        requireNotStopping();
        long started = System.nanoTime();
        Ports.requireFree(config.databasePort(), "embedded PostgreSQL", LauncherConfig.DATABASE_PORT);
        say("Starting the embedded PostgreSQL on port " + config.databasePort() + ", data in " + config.pgData() + ".");
        if (CurrentUser.isRoot()) {
            if (!CurrentUser.canLeaveRoot()) {
                throw new StartupFailure(Diagnosis.rootWithoutUserNamespaces());
            }
            say("Running as root: PostgreSQL refuses root, so it runs in a user namespace (unshare -U) as an unprivileged"
                    + " user; its files still belong to root. Running Selaras as an ordinary user is preferable.");
        }
        database = EmbeddedDatabase.start(config);
        say((database.created() ? "Created the database cluster and database '" + EmbeddedDatabase.DATABASE + "'; "
                : "Reused the data in " + config.pgData() + "; ") + "PostgreSQL started in " + seconds(started) + ".");
        return database.settings();
    }

    private void announce(DatabaseSettings db, long started) {
        say("Selaras is ready (started in " + seconds(started) + "):\n"
                + "  Web UI:            " + config.webUrl() + "\n"
                + "  GraphiQL:          " + config.backendUrl() + "/graphiql\n"
                + "  GraphQL endpoint:  " + config.backendUrl() + "/graphql\n"
                + "  Sign-in (OIDC):    " + config.issuer() + (config.demo()
                        ? " (demo accounts and their passwords: the [web-ui] lines above, first start only)" : "") + "\n"
                + "  Database:          " + (database != null ? "embedded PostgreSQL, data in " + config.pgData() : db) + "\n"
                + "Press Ctrl-C to stop.");
    }

    private void requireNotStopping() {
        if (stopping) {
            throw new StartupFailure("Stopped while starting.");
        }
    }

    /** The shutdown hook: the web UI, then the backend, then the database it writes to. */
    private void stop() {
        stopping = true;
        synchronized (this) {
            if (children.isEmpty() && database == null) {
                return;
            }
            say("Stopping Selaras...");
            for (int i = children.size() - 1; i >= 0; i--) {
                children.get(i).stop(STOP_GRACE);
            }
            if (database != null) {
                try {
                    database.close();
                } catch (IOException e) {
                    print(System.err, "Could not stop the embedded PostgreSQL cleanly: " + e.getMessage());
                }
            }
            say("Stopped.");
        }
    }

    static void say(String message) {
        print(System.out, message);
    }

    private static void print(PrintStream out, String message) {
        message.lines().forEach(line -> out.println("[selaras] " + line));
    }

    private static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }
}
