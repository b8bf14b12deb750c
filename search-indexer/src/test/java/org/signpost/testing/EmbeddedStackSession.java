package org.signpost.testing;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.signpost.embedded.EmbeddedStack;
import org.signpost.embedded.FreePorts;

/**
 * Starts the real MariaDB and Elasticsearch once per test JVM, unless the environment names
 * external ones ({@code DATASOURCES_DEFAULT_URL}, {@code SIGNPOST_ELASTICSEARCH_URL}), and points
 * every Micronaut context of the run at them through system properties. Registered through
 * {@code META-INF/services}, so every module whose tests depend on this test-jar gets it.
 */
public class EmbeddedStackSession implements LauncherSessionListener {

    private EmbeddedStack stack;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        boolean needDb = System.getenv("DATASOURCES_DEFAULT_URL") == null;
        boolean needEs = System.getenv("SIGNPOST_ELASTICSEARCH_URL") == null;
        Path data = Path.of(System.getProperty("signpost.embedded.data", "target/embedded-data"))
                .resolve("test-" + ProcessHandle.current().pid());
        stack = EmbeddedStack.start(data, needDb, needEs, "512m", true);
        stack.properties().forEach((key, value) -> System.setProperty(key, String.valueOf(value)));
        randomSecretUnlessSet("signpost.jwt.secret", "SIGNPOST_JWT_SECRET");
        randomSecretUnlessSet("signpost.evaluation.pseudonym-secret", "SIGNPOST_EVALUATION_PSEUDONYM_SECRET");
        int port = FreePorts.find();
        System.setProperty("micronaut.server.port", String.valueOf(port));
        System.setProperty("micronaut.http.services.signpost.url", "http://127.0.0.1:" + port);
    }

    private static void randomSecretUnlessSet(String property, String env) {
        if (System.getProperty(property) == null && System.getenv(env) == null) {
            byte[] secret = new byte[48];
            new SecureRandom().nextBytes(secret);
            System.setProperty(property, Base64.getEncoder().encodeToString(secret));
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (stack != null) {
            stack.close();
        }
    }
}
