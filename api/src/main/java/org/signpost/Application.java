package org.signpost;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.signpost.notifications.infrastructure.NotificationChannelCheck;
import org.signpost.platform.config.DevMailServer;
import org.signpost.platform.config.DevServers;
import org.signpost.platform.config.RunMode;

/**
 * Starts Signpost. A deployment names its database and Elasticsearch ({@code DATASOURCES_DEFAULT_URL},
 * {@code SIGNPOST_ELASTICSEARCH_URL}) and secrets; without them the service refuses to start, unless
 * dev mode is asked for ({@link RunMode}: the README Run command does). Dev mode starts the missing
 * servers embedded ({@link DevServers}, on the dev classpath only) and runs in the {@code dev}
 * environment: seed data, demo users, a signing secret and a pseudonym secret that live only as long as the process.
 */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        boolean needDb = !configured("DATASOURCES_DEFAULT_URL", "datasources.default.url");
        boolean needEs = !configured("SIGNPOST_ELASTICSEARCH_URL", "signpost.elasticsearch.url");
        RunMode mode = RunMode.current();
        Map<String, Object> properties = new HashMap<>();
        Micronaut app = Micronaut.build(args).mainClass(Application.class);
        if ((needDb || needEs) && !mode.dev()) {
            System.err.println(RunMode.missingServers(needDb, needEs));
            System.exit(2);
        }
        Optional<String> noMail = NotificationChannelCheck.whatIsMissing(System.getenv(), System.getProperties());
        if (noMail.isPresent() && !mode.dev()) {
            System.err.println(noMail.get());
            System.exit(2);
        }
        List<String> whereMailIsRead = List.of();
        if (mode.dev()) {
            app.environments("dev");
            if (needDb || needEs) {
                DevServers servers = DevServers.find().orElseGet(() -> {
                    System.err.println("Dev mode needs the embedded servers, which are not in this build: run Signpost through "
                            + "the README Run command (./mvnw -q -DskipTests package exec:exec), or set DATASOURCES_DEFAULT_URL "
                            + "and SIGNPOST_ELASTICSEARCH_URL");
                    System.exit(2);
                    return null;
                });
                Path data = Path.of(System.getProperty("signpost.embedded.data", "target/run-data"));
                properties.putAll(servers.start(data, needDb, needEs));
            }
            if (!NotificationChannelCheck.mailConfigured(System.getenv(), System.getProperties())) {
                DevMailServer mail = DevMailServer.find().orElseGet(() -> {
                    System.err.println("Dev mode needs its in-process mail server, which is not in this build: run Signpost through "
                            + "the README Run command, or set SIGNPOST_MAIL_HOST");
                    System.exit(2);
                    return null;
                });
                DevMailServer.Started started = mail.start(Path.of(System.getProperty("signpost.embedded.data", "target/run-data")));
                properties.putAll(started.properties());
                whereMailIsRead = started.whereToRead();
            }
            if (!configured("SIGNPOST_JWT_SECRET", "signpost.jwt.secret")) {
                properties.put("signpost.jwt.secret", randomSecret());
            }
            if (!configured("SIGNPOST_EVALUATION_PSEUDONYM_SECRET", "signpost.evaluation.pseudonym-secret")) {
                // pseudonymous keys then last only as long as the process: fine for a dev run
                properties.put("signpost.evaluation.pseudonym-secret", randomSecret());
            }
        }
        ApplicationContext context = app.properties(properties).start();
        List<String> mailLines = whereMailIsRead;
        context.getEnvironment().getProperty("micronaut.server.port", Integer.class).ifPresent(port -> {
            String base = "http://localhost:" + port;
            System.out.println();
            System.out.println("Signpost is up.");
            System.out.println("  API:         " + base + "/");
            System.out.println("  OpenAPI UI:  " + base + "/swagger-ui/index.html");
            System.out.println("  OpenAPI:     " + base + "/openapi/signpost.yaml");
            System.out.println("  Health:      " + base + "/health");
            System.out.println("  Metrics:     " + base + "/metrics");
            mailLines.forEach(line -> System.out.println("  " + line));
            System.out.println();
        });
    }

    private static String randomSecret() {
        byte[] secret = new byte[48];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }

    private static boolean configured(String env, String property) {
        return notBlank(System.getenv(env)) || notBlank(System.getProperty(property));
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
