package org.signpost.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a phase cost, independent of how busy the machine is: CPU time of the server JVM, of
 * mariadbd, of Elasticsearch and of this (client) JVM, from {@code /proc/<pid>/stat} (utime +
 * stime) before and after, and MariaDB's statement counters ({@code SHOW GLOBAL STATUS}) read
 * through a connection of our own; the one {@code SHOW} per snapshot is subtracted.
 */
final class Costs implements AutoCloseable {

    /** The counters reported, in column order. */
    static final List<String> COUNTERS = List.of("Questions", "Com_select", "Com_insert", "Com_update", "Com_delete", "Com_commit",
            "Com_rollback", "Com_set_option", "Com_begin", "Com_stmt_prepare", "Com_stmt_execute", "Com_admin_commands",
            "Innodb_data_fsyncs");

    private static final long TICK_MS = 1000 / clockTicks();

    private final Connection monitor;
    private final long serverPid;
    private final long mariaDbPid;
    private final long elasticsearchPid;

    /** Counters and CPU at one instant. */
    record Snapshot(long serverTicks, long dbTicks, long esTicks, long clientTicks, Map<String, Long> status) {
    }

    /** One phase's cost, totals. */
    record Cost(long serverMs, long dbMs, long esMs, long clientMs, Map<String, Long> statements) {

        Cost plus(Cost other) {
            Map<String, Long> sum = new LinkedHashMap<>(statements);
            other.statements.forEach((k, v) -> sum.merge(k, v, Long::sum));
            return new Cost(serverMs + other.serverMs, dbMs + other.dbMs, esMs + other.esMs, clientMs + other.clientMs, sum);
        }
    }

    Costs(String url, String user, String password, long serverPid, Path dataDir) throws SQLException, IOException {
        this.monitor = DriverManager.getConnection(url, user, password);
        this.serverPid = serverPid;
        String pidFile;
        try (Statement s = monitor.createStatement(); ResultSet rs = s.executeQuery("SELECT @@pid_file")) {
            rs.next();
            pidFile = rs.getString(1);
        }
        this.mariaDbPid = Long.parseLong(Files.readString(Path.of(pidFile)).trim());
        this.elasticsearchPid = ProcessHandle.current().descendants().filter(p -> cmdline(p.pid()).contains("org.elasticsearch"))
                .mapToLong(ProcessHandle::pid).max().orElse(0);
    }

    long mariaDbPid() {
        return mariaDbPid;
    }

    long elasticsearchPid() {
        return elasticsearchPid;
    }

    Snapshot snapshot() {
        return new Snapshot(ticks(serverPid), ticks(mariaDbPid), ticks(elasticsearchPid), ticks(ProcessHandle.current().pid()), status());
    }

    /** The cost between two snapshots, less this class's own {@code SHOW GLOBAL STATUS}. */
    static Cost between(Snapshot before, Snapshot after) {
        Map<String, Long> delta = new LinkedHashMap<>();
        for (String counter : COUNTERS) {
            delta.put(counter, after.status().getOrDefault(counter, 0L) - before.status().getOrDefault(counter, 0L));
        }
        delta.merge("Questions", -1L, Long::sum);
        return new Cost((after.serverTicks() - before.serverTicks()) * TICK_MS, (after.dbTicks() - before.dbTicks()) * TICK_MS,
                (after.esTicks() - before.esTicks()) * TICK_MS, (after.clientTicks() - before.clientTicks()) * TICK_MS, delta);
    }

    private Map<String, Long> status() {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Statement s = monitor.createStatement(); ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS")) {
            while (rs.next()) {
                if (COUNTERS.contains(rs.getString(1))) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** utime + stime of a process, in clock ticks; 0 when it is unknown. */
    static long ticks(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 (state); utime is field 14, stime field 15
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static String cmdline(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"))).replace('\0', ' ');
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static long clockTicks() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            return Long.parseLong(out);
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }

    /** Turns MariaDB's general query log on (every statement of every client, into {@code file}) or off. */
    void generalLog(String file) {
        try (Statement s = monitor.createStatement()) {
            if (file == null) {
                s.execute("SET GLOBAL general_log = 0");
            } else {
                s.execute("SET GLOBAL general_log_file = '" + file.replace("'", "") + "'");
                s.execute("SET GLOBAL general_log = 1");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        monitor.close();
    }
}
