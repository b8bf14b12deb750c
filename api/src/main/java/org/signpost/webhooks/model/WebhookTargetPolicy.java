package org.signpost.webhooks.model;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a webhook may be sent: an https URL at a public address. Plain http is refused everywhere except
 * {@code localhost} where the deployment allows it (dev and tests: {@code signpost.webhooks.allow-http-localhost});
 * loopback, private, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, multicast and unspecified
 * addresses are refused (server-side request forgery) unless {@code signpost.webhooks.allow-private-addresses}.
 * The URL is checked when a subscription is made and its addresses again before every delivery (a name may be
 * re-pointed after the check); redirects are never followed.
 */
public final class WebhookTargetPolicy {

    /** What this deployment allows beyond public https. */
    public record Rules(boolean allowHttpLocalhost, boolean allowPrivateAddresses) {
    }

    private WebhookTargetPolicy() {
    }

    /** The URL's shape: absolute https (or http to localhost where allowed), a host, no credentials. Empty when fine. */
    public static Optional<String> refuseUrl(String url, Rules rules) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.trim());
        } catch (URISyntaxException e) {
            return Optional.of("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("must be an absolute https URL with a host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry a user name or password");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a fragment");
        }
        if (scheme.equals("https")) {
            return Optional.empty();
        }
        if (scheme.equals("http") && rules.allowHttpLocalhost() && isLocalhost(uri.getHost())) {
            return Optional.empty();
        }
        return Optional.of(rules.allowHttpLocalhost() ? "must be https (http only to localhost)" : "must be https");
    }

    /** The addresses the host resolved to: every one must be public (or allowed here). Empty when fine. */
    public static Optional<String> refuseAddresses(String host, List<InetAddress> addresses, Rules rules) {
        if (addresses.isEmpty()) {
            return Optional.of("resolves to no address");
        }
        for (InetAddress address : addresses) {
            if (rules.allowPrivateAddresses() || isPublic(address)) {
                continue;
            }
            if (address.isLoopbackAddress() && rules.allowHttpLocalhost() && isLocalhost(host)) {
                continue;
            }
            return Optional.of("points at a private, loopback or link-local address (" + address.getHostAddress() + ")");
        }
        return Optional.empty();
    }

    static boolean isLocalhost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("[::1]") || h.equals("::1");
    }

    /** Not loopback, private, link-local, CGNAT, multicast, unspecified, or another special-purpose block. */
    public static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) { // fc00::/7 unique local
                return false;
            }
            if (isMappedIpv4(b)) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (java.net.UnknownHostException e) {
                    return false;
                }
            }
            return true;
        }
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return !(first == 0 // this network
                    || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    || (first == 198 && (second == 18 || second == 19)) // benchmarking
                    || first >= 240); // reserved and broadcast
        }
        return false;
    }

    private static boolean isMappedIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
