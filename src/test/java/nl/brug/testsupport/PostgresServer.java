package nl.brug.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * A throw-away PostgreSQL server for the tests: Debian's server binaries ({@code apt-get install postgresql}),
 * started with {@code initdb} and {@code pg_ctl} in a temporary folder on a free port, and removed again when
 * stopped. No Docker is needed. PostgreSQL refuses to run as root, so as root the commands run as the
 * {@code postgres} system user ({@code runuser}). It listens on 127.0.0.1 only, with trust authentication
 * there: passwords are accepted but not checked.
 *
 * <p>{@code fast} servers (the test suite) skip fsync; the durability check starts one with full durability.
 */
public final class PostgresServer implements AutoCloseable {

    /** The server's superuser, as on a Debian installation. */
    public static final String SUPERUSER = "postgres";

    private final Path binaries;
    private final Path folder;
    private final Path data;
    private final int port;
    private final boolean asPostgresUser;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PostgresServer(Path binaries, Path folder, int port) {
        this.binaries = binaries;
        this.folder = folder;
        this.data = folder.resolve("data");
        this.port = port;
        this.asPostgresUser = "root".equals(System.getProperty("user.name"));
    }

    /** Starts a new, empty server: only its superuser {@value #SUPERUSER} and the database {@code postgres}. */
    public static PostgresServer start(boolean fast) {
        Path binaries = findBinaries().orElseThrow(() -> new IllegalStateException("No PostgreSQL server binaries"
                + " found under /usr/lib/postgresql/*/bin (or BRUG_TEST_PG_BIN). Install them with"
                + " `apt-get install -y postgresql`, or skip the PostgreSQL tests with -Dbrug.skip-postgresql=true."));
        try {
            Path folder = Files.createTempDirectory("brug-postgresql-");
            PostgresServer server = new PostgresServer(binaries, folder, freePort());
            server.initialise(fast);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's folder (data, log), for a script that must clean up after a check that was itself killed. */
    public Path folder() {
        return folder;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Runs SQL as the superuser in the given database, as {@code sudo -u postgres psql} would. */
    public void executeAsSuperuser(String database, String... statements) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(database), SUPERUSER, "");
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed on the test PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** Stops the server at once (no waiting for clients) and removes its folder. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        run(List.of(binaries.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
        deleteFolder(folder);
    }

    private void initialise(boolean fast) throws IOException {
        Files.createDirectories(data);
        if (asPostgresUser) {
            giveToPostgresUser(folder);
        }
        run(List.of(binaries.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER, "--auth=trust",
                "-E", "UTF8", "--locale=C.UTF-8"));
        List<String> options = new ArrayList<>(List.of("-p " + port, "-k " + folder, "-c listen_addresses=127.0.0.1"));
        if (fast) {
            // Test data need not survive a power cut: a fifth of the time per commit.
            options.addAll(List.of("-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"));
        }
        run(List.of(binaries.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                folder.resolve("server.log").toString(), "-o", String.join(" ", options), "-w", "-t", "60", "start"));
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "stop test PostgreSQL"));
    }

    private void run(List<String> command) {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(folder.resolve("commands.log").toFile().exists()
                            ? ProcessBuilder.Redirect.appendTo(folder.resolve("commands.log").toFile())
                            : ProcessBuilder.Redirect.to(folder.resolve("commands.log").toFile()))
                    .start();
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("Test PostgreSQL: `" + String.join(" ", full) + "` failed:\n"
                        + Files.readString(folder.resolve("commands.log")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Optional<Path> findBinaries() {
        @Nullable String configured = System.getenv("BRUG_TEST_PG_BIN");
        if (configured != null && Files.isExecutable(Path.of(configured, "initdb"))) {
            return Optional.of(Path.of(configured));
        }
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(version -> version.resolve("bin")).filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparingInt(PostgresServer::majorVersion));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void giveToPostgresUser(Path folder) throws IOException {
        UserPrincipal postgres = folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
        Files.setOwner(folder, postgres);
        Files.setOwner(folder.resolve("data"), postgres);
    }

    private static void deleteFolder(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, @Nullable IOException failure) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // A leftover temporary folder is no reason to fail a test run.
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL " + binaries.getParent().getFileName() + " on port " + port + " in " + folder
                + File.separator;
    }
}
