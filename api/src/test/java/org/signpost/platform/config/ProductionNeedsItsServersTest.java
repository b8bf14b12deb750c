package org.signpost.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.signpost.embedded.FreePorts;

/**
 * Started without SIGNPOST_ELASTICSEARCH_URL / DATASOURCES_DEFAULT_URL and without asking for dev
 * mode, Signpost refuses to start and says why: it never falls back to embedded servers and demo
 * users in whatever database it was given. (The dev classpath is used on purpose: even where the
 * embedded servers are at hand, they are not used unless asked for.)
 */
class ProductionNeedsItsServersTest {

    @Test
    void withoutItsServersAndWithoutDevModeItRefusesToStart() throws Exception {
        String out = startAndWait(List.of(), Map.of());

        assertThat(out).contains("SIGNPOST_ELASTICSEARCH_URL", "DATASOURCES_DEFAULT_URL", "SIGNPOST_DEV=true");
    }

    @Test
    void withADatabaseButNoElasticsearchItRefusesToo() throws Exception {
        String out = startAndWait(List.of(), Map.of("DATASOURCES_DEFAULT_URL", System.getProperty("datasources.default.url")));

        assertThat(out).contains("SIGNPOST_ELASTICSEARCH_URL is not set").doesNotContain("Demo users");
    }

    @Test
    void withItsServersButNoMailServerOrNotifyItRefusesRatherThanDropMail() throws Exception {
        String out = startAndWait(List.of(), Map.of("DATASOURCES_DEFAULT_URL", System.getProperty("datasources.default.url"),
                "SIGNPOST_ELASTICSEARCH_URL", "http://127.0.0.1:9"));

        assertThat(out).contains("SIGNPOST_MAIL_HOST is not set", "SIGNPOST_NOTIFICATIONS_CHANNEL=notify").doesNotContain("Signpost is up");
    }

    @Test
    void choosingNotifyWithoutItsKeyIsRefusedToo() throws Exception {
        String out = startAndWait(List.of(), Map.of("DATASOURCES_DEFAULT_URL", System.getProperty("datasources.default.url"),
                "SIGNPOST_ELASTICSEARCH_URL", "http://127.0.0.1:9", "SIGNPOST_NOTIFICATIONS_CHANNEL", "notify"));

        assertThat(out).contains("SIGNPOST_NOTIFY_API_KEY").doesNotContain("Signpost is up");
    }

    @Test
    void devModeIsReadFromTheEnvironmentOrTheSystemProperties() {
        java.util.Properties none = new java.util.Properties();
        java.util.Properties devEnv = new java.util.Properties();
        devEnv.setProperty("micronaut.environments", "test,dev");

        assertThat(RunMode.of(Map.of(), none).dev()).isFalse();
        assertThat(RunMode.of(Map.of("SIGNPOST_DEV", "true"), none).dev()).isTrue();
        assertThat(RunMode.of(Map.of("MICRONAUT_ENVIRONMENTS", "dev"), none).dev()).isTrue();
        assertThat(RunMode.of(Map.of(), devEnv).dev()).isTrue();
        assertThat(RunMode.of(Map.of("MICRONAUT_ENVIRONMENTS", "development"), none).dev()).isFalse();
    }

    private static String startAndWait(List<String> options, Map<String, String> env) throws Exception {
        Path log = Files.createTempFile("signpost-prod-start-", ".log");
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dmicronaut.server.port=" + FreePorts.find(),
                "-Dsignpost.embedded.home=" + System.getProperty("signpost.embedded.home"),
                "-Dsignpost.embedded.elasticsearch.version=" + System.getProperty("signpost.embedded.elasticsearch.version"),
                "-Dsignpost.embedded.data=" + Files.createTempDirectory("signpost-prod-data-")));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.signpost.Application"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        for (String name : List.of("DATASOURCES_DEFAULT_URL", "SIGNPOST_ELASTICSEARCH_URL", "SIGNPOST_DEV", "MICRONAUT_ENVIRONMENTS",
                "SIGNPOST_MAIL_HOST", "SIGNPOST_NOTIFICATIONS_CHANNEL", "SIGNPOST_NOTIFY_API_KEY")) {
            builder.environment().remove(name);
        }
        builder.environment().putAll(env);
        builder.environment().put("SIGNPOST_JWT_SECRET", "a signing secret of at least thirty-two bytes");
        builder.environment().put("SIGNPOST_EVALUATION_PSEUDONYM_SECRET", "a pseudonym secret of at least thirty-two bytes");
        Process process = builder.start();
        try {
            boolean ended = process.waitFor(60, TimeUnit.SECONDS);
            String out = Files.readString(log);
            assertThat(ended).as("it stops by itself instead of starting servers:\n" + out).isTrue();
            assertThat(process.exitValue()).as("exit status").isNotZero();
            return out;
        } finally {
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }
}
