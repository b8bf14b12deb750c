package org.signpost.platform.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Dev mode (embedded servers, demo users, seed data) is a choice made out loud, never a fallback:
 * the {@code dev} Micronaut environment ({@code -Dmicronaut.environments=dev} or
 * {@code MICRONAUT_ENVIRONMENTS=dev}) or {@code SIGNPOST_DEV=true}. Without it a start that lacks an
 * external database or Elasticsearch is refused with {@link #missingServers}.
 */
public record RunMode(boolean dev) {

    public static RunMode of(Map<String, String> env, Properties system) {
        boolean dev = "true".equalsIgnoreCase(first(env.get("SIGNPOST_DEV"), system.getProperty("signpost.dev")))
                || names(system.getProperty("micronaut.environments")) || names(env.get("MICRONAUT_ENVIRONMENTS"));
        return new RunMode(dev);
    }

    public static RunMode current() {
        return of(System.getenv(), System.getProperties());
    }

    /** Why a production start without its servers is refused, and what to do. */
    public static String missingServers(boolean database, boolean elasticsearch) {
        String missing = database && elasticsearch ? "DATASOURCES_DEFAULT_URL and SIGNPOST_ELASTICSEARCH_URL are"
                : database ? "DATASOURCES_DEFAULT_URL is" : "SIGNPOST_ELASTICSEARCH_URL is";
        return "Signpost will not start: " + missing + " not set. A deployment names its database and Elasticsearch "
                + "(see the README, 'Configuration for a real deployment'). For a local dev stack with embedded servers and "
                + "demo users, ask for it: the README Run command (./mvnw -q -DskipTests package exec:exec) does, "
                + "or set SIGNPOST_DEV=true / -Dmicronaut.environments=dev.";
    }

    private static boolean names(String environments) {
        return environments != null && Arrays.stream(environments.split(","))
                .map(e -> e.trim().toLowerCase(Locale.ROOT)).anyMatch("dev"::equals);
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
