package org.signpost.testing;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.signpost.contract.client.EpisodesApi;
import org.signpost.contract.client.OnwardReferralsApi;
import org.signpost.contract.client.ResidentsApi;
import org.signpost.indexer.DirectoryRows;
import org.signpost.contract.model.ConsentKind;
import org.signpost.contract.model.ConsentRequest;
import org.signpost.contract.model.ContactDetails;
import org.signpost.contract.model.ContactMethod;
import org.signpost.contract.model.ContactPreference;
import org.signpost.contract.model.Episode;
import org.signpost.contract.model.EpisodeTransitionRequest;
import org.signpost.contract.model.EpisodeTransitionRequestTo;
import org.signpost.contract.model.NewEpisode;
import org.signpost.contract.model.NewOnwardReferral;
import org.signpost.contract.model.NewResident;
import org.signpost.contract.model.OnwardReferral;
import org.signpost.contract.model.OnwardStatus;
import org.signpost.contract.model.OnwardTransitionRequest;
import org.signpost.contract.model.ReferralSource;
import org.signpost.contract.model.Resident;
import org.signpost.contract.model.Sex;
import org.signpost.contract.model.Urgency;
import org.signpost.people.application.Schemes;
import org.signpost.people.model.Scheme;
import org.signpost.security.model.Role;

/**
 * The people and places a social prescribing scenario needs: a scheme with its link worker and
 * coordinator, groups with verified services (with places), the needs taxonomy terms, and
 * residents recorded through the API. Also "time passing" on stored rows, so that reminders and
 * overdue contacts can be seen without mocking the clock.
 */
@Singleton
public class SocialPrescribing {

    /** Needs taxonomy codes the scenarios use (as in the seed taxonomy). */
    public static final List<String> NEEDS = List.of("sp-loneliness", "sp-physical-activity", "sp-money");

    public static final String DIRECT_CARE = "DIRECT_CARE";
    public static final String REFERRAL_MANAGEMENT = "REFERRAL_MANAGEMENT";

    /** A scheme and two of its staff, by username. */
    public record Team(UUID schemeId, String linkWorker, String coordinator) {
    }

    /** A group (organisation), its editor's username, and one verified service of it. */
    public record Group(UUID organisationId, String editor, UUID serviceId) {
    }

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final Schemes schemes;
    private final TestUsers users;
    private final DirectoryRows directory;
    private final ResidentsApi residents;
    private final EpisodesApi episodes;
    private final OnwardReferralsApi referrals;

    SocialPrescribing(JdbcOperations jdbc, TransactionOperations<Connection> transactions, Schemes schemes, TestUsers users,
            DirectoryRows directory, ResidentsApi residents, EpisodesApi episodes, OnwardReferralsApi referrals) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.schemes = schemes;
        this.users = users;
        this.directory = directory;
        this.residents = residents;
        this.episodes = episodes;
        this.referrals = referrals;
        ensureNeeds();
    }

    public Team team() {
        Scheme scheme = schemes.create("Test PCN scheme " + UUID.randomUUID(), "U12345");
        String linkWorker = users.create(Role.LINK_WORKER);
        String coordinator = users.create(Role.COORDINATOR);
        schemes.addMember(scheme.id(), linkWorker);
        schemes.addMember(scheme.id(), coordinator);
        return new Team(scheme.id(), linkWorker, coordinator);
    }

    /** Another link worker in the same scheme. */
    public String linkWorkerOf(Team team) {
        String linkWorker = users.create(Role.LINK_WORKER);
        schemes.addMember(team.schemeId(), linkWorker);
        return linkWorker;
    }

    /** A group with a verified, active service that has {@code places} of {@code places} free (null: not tracked). */
    public Group group(String name, Integer places) {
        UUID service = directory.verifiedService(name, 53.43, -1.36);
        UUID organisation = organisationOf(service);
        if (places != null) {
            update("UPDATE service SET capacity_available = ?, capacity_maximum = ? WHERE id = ?", places, places, service.toString());
        }
        String editor = users.create(Role.GROUP_EDITOR, Optional.of(organisation));
        return new Group(organisation, editor, service);
    }

    public Integer placesAvailable(UUID service) {
        return query("SELECT capacity_available FROM service WHERE id = ?", service.toString());
    }

    public void setService(UUID service, String column, Object value) {
        update("UPDATE service SET " + column + " = ? WHERE id = ?", value, service.toString());
    }

    /** A resident recorded through the API by whoever's token is in use, with these consents. */
    public Resident resident(String given, String family, List<ConsentRequest> consents) {
        NewResident body = new NewResident(given, family, LocalDate.of(1950, 3, 14), "S60 1AA", new ContactPreference(ContactMethod.PHONE)
                .notes("Afternoons"))
                .contact(new ContactDetails().phone("01632 960123").email(given.toLowerCase() + "@example.org").address("1 Test Street"))
                .sex(Sex.FEMALE).gpPracticeOdsCode("C87001").consents(consents);
        return residents.createResident(body, DIRECT_CARE).body();
    }

    /**
     * By whoever's token is in use (a link worker of the team): a resident who consents to sharing with the group, their
     * accepted episode, and a draft referral from it to the group's service.
     */
    public OnwardReferral draftReferral(Group group, String given, String family) {
        Resident resident = resident(given, family, List.of(shareWith(group.organisationId())));
        return draftReferral(acceptedEpisode(resident), group.serviceId());
    }

    /** By whoever's token is in use (a link worker of the team): an episode for the resident (lonely, routine), accepted. */
    public Episode acceptedEpisode(Resident resident) {
        Episode episode = episodes.createEpisode(new NewEpisode(resident.getId(), ReferralSource.VCFSE, "Wants company",
                List.of("sp-loneliness"), Urgency.ROUTINE, true), DIRECT_CARE).body();
        return episodes.transitionEpisode(episode.getId(), new EpisodeTransitionRequest(EpisodeTransitionRequestTo.ACCEPTED,
                episode.getVersion()), DIRECT_CARE);
    }

    /** By whoever's token is in use: a draft referral from the (accepted) episode to the service, for loneliness. */
    public OnwardReferral draftReferral(Episode episode, UUID service) {
        return episodes.createOnwardReferral(episode.getId(), new NewOnwardReferral(service, "sp-loneliness"), DIRECT_CARE).body();
    }

    /** As {@link #draftReferral(Episode, UUID)}, then sent to the service. */
    public OnwardReferral sentReferral(Episode episode, UUID service) {
        OnwardReferral draft = draftReferral(episode, service);
        return referrals.transitionOnwardReferral(draft.getId(), new OnwardTransitionRequest(OnwardStatus.SENT, draft.getVersion()),
                DIRECT_CARE);
    }

    public static ConsentRequest shareWith(UUID organisation) {
        return new ConsentRequest(ConsentKind.SHARE_WITH_PROVIDER).organisationId(organisation);
    }

    public static ConsentRequest consent(ConsentKind kind) {
        return new ConsentRequest(kind);
    }

    /** Moves a sent referral's sent time back, as if days had passed. */
    public void sentDaysAgo(UUID referral, int days) {
        update("UPDATE onward_referral SET sent_at = ? WHERE id = ?", Timestamp.from(Instant.now().minusSeconds(days * 86_400L)),
                referral.toString());
    }

    /** Moves an episode's next contact back, as if days had passed. */
    public void nextContactDaysAgo(UUID episode, int days) {
        update("UPDATE episode SET next_contact_due = ? WHERE id = ?", java.sql.Date.valueOf(LocalDate.now().minusDays(days)),
                episode.toString());
    }

    /** event_outbox rows about one aggregate, oldest first: event type and payload. */
    public List<Map<String, String>> events(UUID aggregate) {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT event_type, payload FROM event_outbox WHERE aggregate_id = ? ORDER BY id", statement -> {
                    statement.setString(1, aggregate.toString());
                    List<Map<String, String>> out = new java.util.ArrayList<>();
                    try (var rs = statement.executeQuery()) {
                        while (rs.next()) {
                            out.add(Map.of("event_type", rs.getString(1), "payload", rs.getString(2)));
                        }
                    }
                    return out;
                }));
    }

    public int count(String sql, Object... params) {
        Integer n = query(sql, params);
        return n == null ? 0 : n;
    }

    private UUID organisationOf(UUID service) {
        return transactions.executeRead(status -> jdbc.prepareStatement("SELECT organisation_id FROM service WHERE id = ?", statement -> {
            statement.setString(1, service.toString());
            try (var rs = statement.executeQuery()) {
                rs.next();
                return UUID.fromString(rs.getString(1));
            }
        }));
    }

    private Integer query(String sql, Object... params) {
        return transactions.executeRead(status -> jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (var rs = statement.executeQuery()) {
                return rs.next() ? (Integer) rs.getObject(1, Integer.class) : null;
            }
        }));
    }

    private void update(String sql, Object... params) {
        transactions.executeWrite(status -> jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement.executeUpdate();
        }));
    }

    /**
     * The needs terms the scenarios use, with the seed taxonomy's own ids (so a later seed load
     * finds them already there), inserted when missing.
     */
    private void ensureNeeds() {
        String taxonomy = "c5bdb880-b591-425a-9c08-17b7c2b436ba";
        update("INSERT IGNORE INTO taxonomy (id, name) VALUES (?, 'Signpost social prescribing needs')", taxonomy);
        update("INSERT IGNORE INTO taxonomy_term (id, taxonomy_id, code, name, keywords) VALUES"
                + " ('bec45f4d-a75c-481c-800b-67a8088e753a', ?, 'sp-loneliness', 'Loneliness and isolation', '[]'),"
                + " ('9cb7591c-5ef4-4e4a-b60b-eac1cd753353', ?, 'sp-physical-activity', 'Physical activity', '[]'),"
                + " ('1af432cd-d95e-43bb-b7a3-0a0613c6bde1', ?, 'sp-money', 'Money and debt', '[]')", taxonomy, taxonomy, taxonomy);
    }
}
