package org.signpost.seeds.synthetic;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.signpost.seeds.geo.OutcodeCentroid;
import org.signpost.seeds.geo.Outcodes;
import org.signpost.seeds.model.ImportedService;

/**
 * An illustrative national directory for benchmarks: any number of services (100k to 1M and more) spread
 * over England's postcode districts, generated lazily (constant memory) and deterministically (the same
 * seed, terms and reference date always give the same services, in the same order; the first n services
 * do not depend on how many are asked for).
 *
 * <p>Distributions: organisations run 1 to 6 services (mostly 1-2) near their home district; about 8% of
 * services have no location (online or phone, with a service area); located venues are jittered around the
 * district centroid (typically ~0.9 km, at most ~3.3 km) with a postcode in that district; ~60% are free; schedules
 * are weekly, fortnightly or monthly on an ordinal day ("2nd Tuesday"); 1-3 needs from the given taxonomy
 * codes; 94% active. Every service passes {@link org.signpost.seeds.model.ServiceRules}. Names are invented,
 * phone numbers are in Ofcom's drama ranges, addresses use example.org.
 */
public final class SyntheticDirectory {

    /** The default "today" the generated dates are relative to, so that output does not change with the clock. */
    public static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2026, 11, 23);

    private final ServiceFactory factory;
    private final long seed;

    /**
     * @param outcodes      the outcode table (only English districts are used)
     * @param needTermCodes codes of the needs taxonomy's terms, e.g. {@code sp-loneliness}; at least one
     * @param seed          the same seed gives the same directory
     */
    public SyntheticDirectory(Outcodes outcodes, List<String> needTermCodes, long seed) {
        this(outcodes, needTermCodes, seed, DEFAULT_REFERENCE_DATE);
    }

    /** As above, with dates (assured, valid from) relative to {@code referenceDate}. */
    public SyntheticDirectory(Outcodes outcodes, List<String> needTermCodes, long seed, LocalDate referenceDate) {
        if (needTermCodes.isEmpty()) {
            throw new IllegalArgumentException("at least one need term code is required");
        }
        List<OutcodeCentroid> england = englishOutcodes(outcodes);
        if (england.isEmpty()) {
            throw new IllegalArgumentException("the outcode table has no English districts");
        }
        this.factory = new ServiceFactory(england, List.copyOf(needTermCodes), referenceDate);
        this.seed = seed;
    }

    /** The districts of {@code outcodes} that are in England (the Welsh districts of CH and SY left out). */
    public static List<OutcodeCentroid> englishOutcodes(Outcodes outcodes) {
        return outcodes.all().stream().filter(c -> EnglishPostcodeAreas.of(c.outcode()) != null).toList();
    }

    /** The first {@code count} services, lazily. */
    public Stream<ImportedService> services(long count) {
        Spliterator<ImportedService> spliterator = Spliterators.spliterator(iterator(count), count,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE | Spliterator.SIZED);
        return StreamSupport.stream(spliterator, false);
    }

    /** The first {@code count} services, lazily. */
    public Iterator<ImportedService> iterator(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        return new Iterator<>() {
            private final SplittableRandom random = new SplittableRandom(seed);
            private long produced;
            private OrganisationPlan organisation;

            @Override
            public boolean hasNext() {
                return produced < count;
            }

            @Override
            public ImportedService next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (organisation == null || organisation.remaining == 0) {
                    organisation = OrganisationPlan.next(random, factory.randomOutcode(random));
                }
                organisation.remaining--;
                produced++;
                return factory.next(random, organisation);
            }
        };
    }
}
