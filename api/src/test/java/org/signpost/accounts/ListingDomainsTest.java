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

    @Test
    void aCoordinatorIsShownWhatWasComparedAndTheSameVerdictAsTheProof() {
        ListingDomains.Check match = ListingDomains.check("Chair@MenShed.example.org", null, "https://www.menshed.example.org/join");
        assertThat(match).isEqualTo(new ListingDomains.Check(ListingDomains.Result.MATCH, "menshed.example.org", "menshed.example.org", null));
        assertThat(ListingDomains.of(null, "https://www.menshed.example.org/join").proves("Chair@MenShed.example.org")).isTrue();

        assertThat(ListingDomains.check("pat@example.com", "https://striders.example.org", "https://www.facebook.com/striders"))
                .isEqualTo(new ListingDomains.Check(ListingDomains.Result.DIFFERS, "example.com", "striders.example.org", null));
        assertThat(ListingDomains.check("walkers@gmail.com", "https://striders.example.org"))
                .isEqualTo(new ListingDomains.Check(ListingDomains.Result.SHARED, "gmail.com", "striders.example.org", "gmail.com"));
        assertThat(ListingDomains.check("pat@striders.example.org", "https://www.facebook.com/striders"))
                .isEqualTo(new ListingDomains.Check(ListingDomains.Result.SHARED, "striders.example.org", "facebook.com", "facebook.com"));
        assertThat(ListingDomains.check("pat@striders.example.org", null, "")).extracting(ListingDomains.Check::result)
                .isEqualTo(ListingDomains.Result.UNKNOWN);
        assertThat(ListingDomains.check(null, "https://striders.example.org"))
                .isEqualTo(new ListingDomains.Check(ListingDomains.Result.UNKNOWN, null, "striders.example.org", null));
    }
}
