package org.signpost.seeds.synthetic;

import java.util.SplittableRandom;
import org.signpost.seeds.geo.OutcodeCentroid;
import org.signpost.seeds.model.ImportedOrganisation;

/** An organisation being generated: where it is based and how many more services it runs. */
final class OrganisationPlan {

    /** Services per organisation, 1 to 6, most run one or two. */
    private static final int[] SERVICE_COUNTS = {1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6};

    final ImportedOrganisation organisation;
    final OutcodeCentroid home;
    final String slug;
    int remaining;

    private OrganisationPlan(ImportedOrganisation organisation, OutcodeCentroid home, String slug, int remaining) {
        this.organisation = organisation;
        this.home = home;
        this.slug = slug;
        this.remaining = remaining;
    }

    static OrganisationPlan next(SplittableRandom r, OutcodeCentroid home) {
        String place = Vocabulary.pick(r, Vocabulary.PLACES);
        String kind = Vocabulary.pick(r, Vocabulary.ORGANISATION_KINDS);
        String name = kind.endsWith("Church") && r.nextBoolean()
                ? Vocabulary.pick(r, Vocabulary.SAINTS) + " " + kind + ", " + place
                : place + " " + kind;
        String slug = Vocabulary.slug(name) + "-" + home.outcode().toLowerCase(java.util.Locale.ROOT);
        String website = r.nextInt(100) < 90 ? "https://" + slug + ".example.org" : null;
        String email = r.nextInt(100) < 85 ? "hello@" + slug + ".example.org" : null;
        String description = "A " + (kind.contains("Church") ? "church" : "community") + " organisation based in "
                + place + " (" + home.outcode() + "), run by local people and volunteers.";
        ImportedOrganisation organisation = new ImportedOrganisation(Ids.next(r), name, description, email, website);
        return new OrganisationPlan(organisation, home, slug, SERVICE_COUNTS[r.nextInt(SERVICE_COUNTS.length)]);
    }
}
