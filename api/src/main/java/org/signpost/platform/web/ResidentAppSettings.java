package org.signpost.platform.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The resident app's run-time settings ({@code signpost.web.*}), written into the page shell as it is served, so a
 * deployment changes them without rebuilding the app.
 *
 * @param tileUrl the map tile URL template ({@code SIGNPOST_WEB_TILE_URL}, e.g. {@code https://tiles.example.org/{z}/{x}/{y}.png});
 *        empty: the build's default (OpenStreetMap); {@code none}: no tiles at all (the map still shows places, clusters and
 *        its attribution). Its origin must be among {@code SIGNPOST_HTTP_IMAGE_SOURCES} for the CSP to let tiles load
 * @param tileAttribution the tiles' attribution, plain text ({@code SIGNPOST_WEB_TILE_ATTRIBUTION}); empty: OpenStreetMap's
 */
@ConfigurationProperties("signpost.web")
public record ResidentAppSettings(
        @Bindable(defaultValue = "") String tileUrl,
        @Bindable(defaultValue = "") String tileAttribution) {

    public ResidentAppSettings {
        tileUrl = tileUrl == null ? "" : tileUrl.trim();
        tileAttribution = tileAttribution == null ? "" : tileAttribution.trim();
    }

    /** The shell with the settings in its {@code <meta name="signpost:tiles">} (attribute values escaped). */
    String into(String shell) {
        if (tileUrl.isEmpty() && tileAttribution.isEmpty()) {
            return shell;
        }
        return shell.replace("<meta name=\"signpost:tiles\" content=\"\">", "<meta name=\"signpost:tiles\" content=\""
                + escape(tileUrl) + "\" data-attribution=\"" + escape(tileAttribution) + "\">");
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
