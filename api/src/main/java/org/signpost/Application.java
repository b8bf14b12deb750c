package org.signpost;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.signpost.embedded.EmbeddedStack;

/**
 * Starts Signpost. When no external database or Elasticsearch is configured
 * ({@code DATASOURCES_DEFAULT_URL}, {@code SIGNPOST_ELASTICSEARCH_URL}) it first starts the
 * embedded ones and runs in the {@code dev} environment: seed data, demo users, a signing secret
 * and a pseudonym secret that live only as long as the process. A real deployment configures both and a secret.
 */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        boolean needDb = !configured("DATASOURCES_DEFAULT_URL", "datasources.default.url");
        boolean needEs = !configured("SIGNPOST_ELASTICSEARCH_URL", "signpost.elasticsearch.url");
        Map<String, Object> properties = new HashMap<>();
        Micronaut app = Micronaut.build(args).mainClass(Application.class);
        if (needDb || needEs) {
            Path data = Path.of(System.getProperty("signpost.embedded.data", "target/embedded-data/run"));
            properties.putAll(EmbeddedStack.start(data, needDb, needEs, "768m", false).properties());
            app.defaultEnvironments("dev");
            if (!configured("SIGNPOST_JWT_SECRET", "signpost.jwt.secret")) {
                properties.put("signpost.jwt.secret", randomSecret());
            }
            if (!configured("SIGNPOST_EVALUATION_PSEUDONYM_SECRET", "signpost.evaluation.pseudonym-secret")) {
                // pseudonymous keys then last only as long as the process: fine for a dev run
                properties.put("signpost.evaluation.pseudonym-secret", randomSecret());
            }
        }
        ApplicationContext context = app.properties(properties).start();
        context.getEnvironment().getProperty("micronaut.server.port", Integer.class).ifPresent(port -> {
            String base = "http://localhost:" + port;
            System.out.println();
            System.out.println("Signpost is up.");
            System.out.println("  API:         " + base + "/");
            System.out.println("  OpenAPI UI:  " + base + "/swagger-ui/index.html");
            System.out.println("  OpenAPI:     " + base + "/openapi/signpost.yaml");
            System.out.println("  Health:      " + base + "/health");
            System.out.println("  Metrics:     " + base + "/metrics");
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
