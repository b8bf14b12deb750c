package org.signpost.platform.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.List;

/**
 * What browsers are told ({@code signpost.http.*}): which other origins may call the API, the
 * content security policy of HTML pages, and HSTS.
 *
 * @param corsAllowedOrigins origins (scheme://host[:port]) whose pages may call the whole API with a bearer token
 *        ({@code SIGNPOST_HTTP_CORS_ALLOWED_ORIGINS}, comma-separated); /oruk and anonymous search GETs are open to any origin
 * @param contentSecurityPolicy the policy of every HTML response; {@code {img-src}} is replaced by the image sources
 * @param imageSources where pages may load images from besides themselves, e.g. a map tile server
 *        ({@code SIGNPOST_HTTP_IMAGE_SOURCES}, comma-separated; default {@code https://tile.openstreetmap.org}, the
 *        resident app's default tiles)
 * @param hstsMaxAge how long browsers keep to HTTPS once they have seen it (sent on secure requests only)
 * @param trustForwardedHeaders believe {@code X-Forwarded-Proto}/{@code -Host}/{@code -Port} from the proxy in front
 *        ({@code SIGNPOST_TRUST_FORWARDED_HEADERS}; only behind a proxy that always sets or strips them): a forwarded
 *        {@code https} counts as a secure request (HSTS), and links the API sends back use the public address
 */
@ConfigurationProperties("signpost.http")
public record HttpSettings(
        @Bindable(defaultValue = "") List<String> corsAllowedOrigins,
        @Bindable(defaultValue = "default-src 'self'; img-src {img-src}; script-src 'self'; style-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'") String contentSecurityPolicy,
        @Bindable(defaultValue = "https://tile.openstreetmap.org") List<String> imageSources,
        @Bindable(defaultValue = "365d") Duration hstsMaxAge,
        @Bindable(defaultValue = "false") boolean trustForwardedHeaders) {

    public HttpSettings {
        corsAllowedOrigins = corsAllowedOrigins == null ? List.of()
                : corsAllowedOrigins.stream().map(String::trim).filter(o -> !o.isEmpty()).map(HttpSettings::withoutSlash).toList();
        imageSources = imageSources == null ? List.of()
                : imageSources.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The policy for HTML, with the image sources filled in. */
    public String htmlPolicy() {
        String images = String.join(" ", java.util.stream.Stream.concat(java.util.stream.Stream.of("'self'", "data:"),
                imageSources.stream()).toList());
        return contentSecurityPolicy.replace("{img-src}", images);
    }

    private static String withoutSlash(String origin) {
        return origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
    }
}
