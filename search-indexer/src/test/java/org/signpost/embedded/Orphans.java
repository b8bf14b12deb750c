package org.signpost.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded servers must not outlive the JVM that started them, and a start must never find its
 * data directory locked by a server a crashed run left behind.
 * <ul>
 * <li>{@link #watch}: a small watchdog process (in its own session, so Ctrl-C in a terminal does not
 *     reach it) polls the JVM once a second; when the JVM is gone (kill -9, the OOM killer) it stops the
 *     server politely (SIGTERM, so the data is flushed) and, after a grace period, by force.</li>
 * <li>{@link #record} / {@link #stopLeftovers}: the server's pids are written into its data directory; a
 *     start first stops any recorded process that is still alive and whose command line names that data
 *     directory (so a recycled pid is never touched).</li>
 * </ul>
 */
final class Orphans {

    private static final Logger LOG = LoggerFactory.getLogger(Orphans.class);
    static final String PID_FILE = "signpost-server.pids";
    static final String WATCHDOG_NAME = "signpost-watchdog";
    private static final Duration GRACE = Duration.ofSeconds(30);

    // $1 the JVM, $2 the server, $3 what to signal (a pid, or -pgid for a whole process group)
    private static final String WATCHDOG = "trap '' INT HUP; "
            + "while kill -0 \"$1\" 2>/dev/null; do kill -0 \"$2\" 2>/dev/null || exit 0; sleep 1; done; "
            + "kill -s TERM -- \"$3\" 2>/dev/null; i=0; "
            + "while kill -0 \"$2\" 2>/dev/null && [ $i -lt " + GRACE.toSeconds() + " ]; do sleep 1; i=$((i+1)); done; "
            + "kill -s KILL -- \"$3\" 2>/dev/null; exit 0";

    private Orphans() {
    }

    /**
     * Starts a watchdog that ends {@code server} when this JVM dies.
     *
     * @param wholeGroup signal the server's whole process group (it leads one: started through {@code setsid})
     */
    static void watch(ProcessHandle server, boolean wholeGroup) {
        String target = wholeGroup ? "-" + server.pid() : String.valueOf(server.pid());
        try {
            new ProcessBuilder("setsid", "sh", "-c", WATCHDOG, WATCHDOG_NAME,
                    String.valueOf(ProcessHandle.current().pid()), String.valueOf(server.pid()), target)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            LOG.warn("No watchdog for pid {} ({}): it may outlive this JVM if it crashes; the next start stops it",
                    server.pid(), e.getMessage());
        }
    }

    /** Remembers the server's processes in its data directory, for {@link #stopLeftovers}. */
    static void record(Path dir, List<ProcessHandle> processes) {
        List<String> pids = processes.stream().map(p -> String.valueOf(p.pid())).toList();
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(PID_FILE), pids, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("Could not record the pids of the server in {}: {}", dir, e.getMessage());
        }
    }

    /**
     * Stops whatever a previous run left holding {@code dir}: every recorded process still alive whose
     * command line contains {@code marker} (the data directory as the server was told it).
     */
    static void stopLeftovers(Path dir, String marker) {
        Path file = dir.resolve(PID_FILE);
        if (!Files.isRegularFile(file)) {
            return;
        }
        List<ProcessHandle> leftovers = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                parse(line).flatMap(ProcessHandle::of)
                        .filter(ProcessHandle::isAlive)
                        .filter(p -> commandLine(p.pid()).contains(marker))
                        .ifPresent(leftovers::add);
            }
        } catch (IOException e) {
            LOG.warn("Could not read {}: {}", file, e.getMessage());
            return;
        }
        if (!leftovers.isEmpty()) {
            LOG.warn("Stopping {} process(es) a previous run left holding {}: {}", leftovers.size(), dir,
                    leftovers.stream().map(ProcessHandle::pid).toList());
            leftovers.forEach(ProcessHandle::destroy);
            long deadline = System.nanoTime() + GRACE.toNanos();
            for (ProcessHandle p : leftovers) {
                try {
                    p.onExit().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (Exception e) {
                    p.destroyForcibly();
                }
            }
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the next record overwrites it
        }
    }

    /** The command line of a process as the kernel has it (arguments joined by spaces), or "". */
    static String commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline"));
            return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    private static Optional<Long> parse(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
