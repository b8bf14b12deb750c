package org.signpost.testing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.signpost.indexer.OutboxIndexer;
import org.signpost.indexer.ServiceIndex;

/**
 * Listings with everything search looks at (place, needs, sessions, costs, access, capacity,
 * assurance), written the way the directory writes them (rows, version, outbox row in one
 * transaction), then indexed by the real outbox indexer. For contexts that run the indexer by
 * hand ({@code signpost.indexer.enabled=false}). Times come from the application's clock.
 */
@Singleton
public class SearchListings {

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final TestDatabase fixtures;
    private final SeedTaxonomy taxonomy;
    private final OutboxIndexer outbox;
    private final ServiceIndex index;
    private final ElasticsearchClient elasticsearch;
    private final Clock clock;

    SearchListings(JdbcOperations jdbc, TransactionOperations<Connection> transactions, TestDatabase fixtures, SeedTaxonomy taxonomy,
            OutboxIndexer outbox, ServiceIndex index, ElasticsearchClient elasticsearch, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.fixtures = fixtures;
        this.taxonomy = taxonomy;
        this.outbox = outbox;
        this.index = index;
        this.elasticsearch = elasticsearch;
        this.clock = clock;
        // before any search reads the taxonomy, so need codes are known from the first request
        taxonomy.load();
    }

    public Listing listing(String name) {
        return new Listing(name);
    }

    /** Runs the outbox indexer until the outbox is empty and makes the result searchable. */
    public void index() {
        index.ensureExists();
        while (outbox.processBatch() > 0) {
            // until drained
        }
        try {
            elasticsearch.indices().refresh(r -> r.index(index.readAlias()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Changes a listing's assured date (a new version, enqueued). */
    public void assure(UUID service, LocalDate assured) {
        write(service, "UPDATE service SET assured_date = ?, version = version + 1 WHERE id = ?", java.sql.Date.valueOf(assured),
                service.toString());
    }

    /** Renames a listing (a new version, enqueued). */
    public void rename(UUID service, String name) {
        write(service, "UPDATE service SET name = ?, version = version + 1 WHERE id = ?", name, service.toString());
    }

    /** A coordinator verifies a draft listing (a new version, enqueued). */
    public void verify(UUID service) {
        write(service, "UPDATE service SET verification = 'verified', verified_at = ?, version = version + 1 WHERE id = ?",
                Timestamp.from(clock.instant()), service.toString());
    }

    /** Changes a listing's HSDS status, e.g. to "inactive" to unpublish it (a new version, enqueued). */
    public void status(UUID service, String wire) {
        write(service, "UPDATE service SET status = ?, version = version + 1 WHERE id = ?", wire, service.toString());
    }

    /** Withdraws (soft-deletes) a listing (a new version, enqueued: the indexer removes it). */
    public void delete(UUID service) {
        write(service, "UPDATE service SET deleted_at = ?, version = version + 1 WHERE id = ?", Timestamp.from(clock.instant()),
                service.toString());
    }

    private void write(UUID service, String sql, Object... values) {
        transactions.executeWrite(status -> {
            update(sql, values);
            enqueue(service);
            return null;
        });
    }

    /** A listing under construction; {@link #save()} writes it. */
    public final class Listing {
        private final String name;
        private String description = "A community group.";
        private Double lat;
        private Double lon;
        private String postcode;
        private String town;
        private final List<String> needs = new ArrayList<>();
        private final List<String[]> schedules = new ArrayList<>();
        private final List<String> accessibility = new ArrayList<>();
        private String status = "active";
        private String verification = "verified";
        private LocalDate assured;
        private String modes = "[\"in_person\"]";
        private String route = "self_referral";
        private BigDecimal cost;
        private Integer minAge;
        private Integer maxAge;
        private Integer capacityAvailable;
        private Integer capacityMaximum;

        private Listing(String name) {
            this.name = name;
        }

        public Listing description(String text) {
            description = text;
            return this;
        }

        public Listing at(double latitude, double longitude) {
            lat = latitude;
            lon = longitude;
            return this;
        }

        public Listing address(String postalCode, String city) {
            postcode = postalCode;
            town = city;
            return this;
        }

        /** No place: online or by phone. */
        public Listing remote(String mode) {
            lat = null;
            lon = null;
            modes = "[\"" + mode + "\"]";
            return this;
        }

        public Listing needs(String... codes) {
            needs.addAll(List.of(codes));
            return this;
        }

        /** WEEKLY on {@code byday} ("TU", "MO,WE"), opens-closes "HH:MM". */
        public Listing weekly(String byday, String opens, String closes) {
            schedules.add(new String[] {"WEEKLY", "1", byday, null, opens, closes, null});
            return this;
        }

        /** Every other week on {@code byday}, counted from {@code dtstart}. */
        public Listing fortnightly(String byday, LocalDate dtstart, String opens, String closes) {
            schedules.add(new String[] {"WEEKLY", "2", byday, dtstart.toString(), opens, closes, null});
            return this;
        }

        /** MONTHLY on e.g. "2TU" (2nd Tuesday) or "-1FR" (last Friday). */
        public Listing monthly(String byday, String opens, String closes) {
            schedules.add(new String[] {"MONTHLY", "1", byday, null, opens, closes, null});
            return this;
        }

        /** A weekly schedule valid only until {@code validTo}. */
        public Listing weeklyUntil(String byday, String opens, String closes, LocalDate validTo) {
            schedules.add(new String[] {"WEEKLY", "1", byday, null, opens, closes, validTo.toString()});
            return this;
        }

        public Listing accessibility(String... codes) {
            accessibility.addAll(List.of(codes));
            return this;
        }

        public Listing status(String wire) {
            status = wire;
            return this;
        }

        public Listing draft() {
            verification = "draft";
            return this;
        }

        public Listing assured(LocalDate date) {
            assured = date;
            return this;
        }

        public Listing modes(String json) {
            modes = json;
            return this;
        }

        public Listing route(String wire) {
            route = wire;
            return this;
        }

        public Listing costs(String pounds) {
            cost = new BigDecimal(pounds);
            return this;
        }

        public Listing ages(Integer minimum, Integer maximum) {
            minAge = minimum;
            maxAge = maximum;
            return this;
        }

        public Listing capacity(int available, int maximum) {
            capacityAvailable = available;
            capacityMaximum = maximum;
            return this;
        }

        public UUID save() {
            UUID organisation = fixtures.organisation(name + " trust");
            UUID service = UUID.randomUUID();
            List<UUID> terms = needs.stream().map(taxonomy::termId).toList();
            transactions.executeWrite(status -> {
                Timestamp now = Timestamp.from(clock.instant());
                LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/London"));
                update("INSERT INTO service (id, organisation_id, name, description, status, delivery_modes, referral_route,"
                                + " verification, verified_at, assured_date, minimum_age, maximum_age, capacity_available, capacity_maximum,"
                                + " version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                        service.toString(), organisation.toString(), name, description, this.status, modes, route, verification, now,
                        java.sql.Date.valueOf(assured == null ? today : assured), minAge, maxAge, capacityAvailable, capacityMaximum,
                        now, now);
                UUID sal = null;
                if (lat != null) {
                    UUID location = UUID.randomUUID();
                    sal = UUID.randomUUID();
                    update("INSERT INTO location (id, name, latitude, longitude, postal_code, city, created_at, updated_at)"
                                    + " VALUES (?, 'Community hall', ?, ?, ?, ?, ?, ?)", location.toString(), BigDecimal.valueOf(lat),
                            BigDecimal.valueOf(lon), postcode, town, now, now);
                    update("INSERT INTO service_at_location (id, service_id, location_id) VALUES (?, ?, ?)", sal.toString(),
                            service.toString(), location.toString());
                    for (String code : accessibility) {
                        update("INSERT INTO accessibility (id, location_id, code, description) VALUES (?, ?, ?, ?)",
                                UUID.randomUUID().toString(), location.toString(), code, code.replace('_', ' '));
                    }
                }
                for (String[] s : schedules) {
                    // structured only, as most imported and group-entered sessions are: no description to fall back on
                    update("INSERT INTO schedule (id, service_id, service_at_location_id, freq, interval_count, byday, dtstart,"
                                    + " valid_to, opens_at, closes_at, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            UUID.randomUUID().toString(), service.toString(), sal == null ? null : sal.toString(), s[0],
                            Integer.parseInt(s[1]), s[2], s[3] == null ? null : java.sql.Date.valueOf(s[3]),
                            s[6] == null ? null : java.sql.Date.valueOf(s[6]), java.sql.Time.valueOf(LocalTime.parse(s[4])),
                            java.sql.Time.valueOf(LocalTime.parse(s[5])), null);
                }
                if (cost != null) {
                    update("INSERT INTO cost_option (id, service_id, option_label, amount) VALUES (?, ?, 'Standard', ?)",
                            UUID.randomUUID().toString(), service.toString(), cost);
                }
                for (UUID term : terms) {
                    update("INSERT INTO service_taxonomy_term (service_id, term_id) VALUES (?, ?)", service.toString(), term.toString());
                }
                enqueue(service);
                return null;
            });
            return service;
        }
    }

    private void enqueue(UUID service) {
        Timestamp now = Timestamp.from(clock.instant());
        update("INSERT INTO search_outbox (service_id, created_at, process_after) VALUES (?, ?, ?)", service.toString(), now, now);
    }

    private void update(String sql, Object... values) {
        jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        });
    }
}
