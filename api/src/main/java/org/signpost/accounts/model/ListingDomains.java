package org.signpost.accounts.model;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether an email address proves a claim to a listing: it is at the listing's own web domain, the host of the
 * organisation's website or of the service's web address (without a leading {@code www.}). A host where anyone can
 * have a page or an address (social networks, free mail, site builders) proves nothing and is never a listing's own.
 */
public final class ListingDomains {

    /** Hosts shared by many unrelated people: an address there is no proof of anything. */
    static final Set<String> SHARED = Set.of("facebook.com", "instagram.com", "twitter.com", "x.com", "linkedin.com",
            "gmail.com", "googlemail.com", "google.com", "sites.google.com", "outlook.com", "hotmail.com", "hotmail.co.uk",
            "live.com", "live.co.uk", "yahoo.com", "yahoo.co.uk", "icloud.com", "aol.com", "btinternet.com", "sky.com",
            "wordpress.com", "wixsite.com", "blogspot.com", "squarespace.com", "weebly.com", "github.io", "eventbrite.co.uk",
            "eventbrite.com", "meetup.com", "nhs.net", "gov.uk");

    private final Set<String> domains;

    private ListingDomains(Set<String> domains) {
        this.domains = Set.copyOf(domains);
    }

    /** The listing's own domains, from its web addresses (nulls and unreadable ones are left out). */
    public static ListingDomains of(String... webAddresses) {
        Set<String> found = new TreeSet<>();
        for (String address : webAddresses) {
            host(address).filter(h -> !shared(h)).ifPresent(found::add);
        }
        return new ListingDomains(found);
    }

    /** True when the email's domain is exactly one of the listing's own. */
    public boolean proves(String email) {
        String domain = domainOf(email);
        return domain != null && !shared(domain) && domains.contains(domain);
    }

    public Set<String> domains() {
        return domains;
    }

    /** What comparing an email address with a web address shows a coordinator ({@link #check}). */
    public enum Result { MATCH, DIFFERS, SHARED, UNKNOWN }

    /**
     * An email address against the group's web addresses, as a coordinator is shown it: the same rule as {@link #proves}
     * ({@link Result#MATCH} exactly when it proves), with what was compared.
     *
     * @param emailDomain the email's domain, lower case; null without one
     * @param webHost     the web host compared with: the one matched, else the group's first own host, else the first
     *                    readable one; null when there is none
     * @param sharedHost  with {@link Result#SHARED}, the host anyone can use
     */
    public record Check(Result result, String emailDomain, String webHost, String sharedHost) {
    }

    public static Check check(String email, String... webAddresses) {
        String domain = domainOf(email);
        List<String> hosts = Arrays.stream(webAddresses).map(ListingDomains::host).flatMap(Optional::stream).distinct().toList();
        if (domain == null || hosts.isEmpty()) {
            return new Check(Result.UNKNOWN, domain, hosts.isEmpty() ? null : hosts.get(0), null);
        }
        if (of(webAddresses).proves(email)) {
            return new Check(Result.MATCH, domain, domain, null);
        }
        List<String> own = hosts.stream().filter(h -> !shared(h)).toList();
        if (shared(domain) || own.isEmpty()) {
            return new Check(Result.SHARED, domain, own.isEmpty() ? hosts.get(0) : own.get(0), shared(domain) ? domain : hosts.get(0));
        }
        return new Check(Result.DIFFERS, domain, own.get(0), null);
    }

    /** The domain of an email address, as hosts are compared; null without one. */
    private static String domainOf(String email) {
        if (email == null || email.indexOf('@') < 0) {
            return null;
        }
        String domain = strip(email.substring(email.lastIndexOf('@') + 1));
        return domain.isEmpty() ? null : domain;
    }

    private static boolean shared(String host) {
        for (String s : SHARED) {
            if (host.equals(s) || host.endsWith("." + s)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> host(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String text = address.trim();
        if (!text.contains("://")) {
            text = "https://" + text;
        }
        try {
            String host = URI.create(text).getHost();
            return host == null || !host.contains(".") ? Optional.empty() : Optional.of(strip(host));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String strip(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h.startsWith("www.") ? h.substring(4) : h;
    }
}
