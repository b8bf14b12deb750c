package org.signpost.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.signpost.accounts.model.ListingDomains;

/** Which email addresses prove a claim to a listing: only those at the listing's own web domain. */
class ListingDomainsTest {

    @Test
    void anAddressAtTheWebsitesHostWithoutWwwProvesTheClaim() {
        ListingDomains domains = ListingDomains.of("https://www.Striders.org.uk/walks?x=1", null, "");
        assertThat(domains.domains()).containsExactly("striders.org.uk");
        assertThat(domains.proves("Sam@STRIDERS.org.uk")).isTrue();
        assertThat(domains.proves("sam@mail.striders.org.uk")).isFalse();
        assertThat(domains.proves("sam@striders.org")).isFalse();
        assertThat(domains.proves("not-an-address")).isFalse();
    }

    @Test
    void aWebAddressWithoutSchemeStillCounts() {
        assertThat(ListingDomains.of("menshed.example.org").proves("chair@menshed.example.org")).isTrue();
    }

    @Test
    void hostsWhereAnyoneCanHaveAPageOrAnAddressProveNothing() {
        assertThat(ListingDomains.of("https://www.facebook.com/ourgroup").domains()).isEmpty();
        assertThat(ListingDomains.of("https://ourgroup.wordpress.com").domains()).isEmpty();
        assertThat(ListingDomains.of("https://gmail.com").proves("anyone@gmail.com")).isFalse();
        assertThat(ListingDomains.of("https://sites.google.com/view/x").proves("x@google.com")).isFalse();
    }
}
