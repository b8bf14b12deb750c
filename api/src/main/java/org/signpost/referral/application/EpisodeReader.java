package org.signpost.referral.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.signpost.people.application.ResidentDirectory;
import org.signpost.people.model.Consent;
import org.signpost.people.model.ConsentKind;
import org.signpost.people.model.Resident;
import org.signpost.referral.infrastructure.EpisodeRepository;
import org.signpost.referral.model.Episode;
import org.signpost.referral.model.EpisodeFacts;

/**
 * The episode as other features join on it: wellbeing outcome measures attach to an episode, and
 * evaluation exports split by its referral source, needs, practice, the resident's age band and
 * sex, and time in service. No access check and no audit here: the caller decides who may ask
 * and audits what it releases (see org.signpost.audit.application.PersonalDataAccess).
 */
@Singleton
public class EpisodeReader {

    private final EpisodeRepository queries;
    private final ResidentDirectory residents;
    private final TransactionOperations<Connection> transactions;

    EpisodeReader(EpisodeRepository queries, ResidentDirectory residents, TransactionOperations<Connection> transactions) {
        this.queries = queries;
        this.residents = residents;
        this.transactions = transactions;
    }

    public Optional<EpisodeFacts> find(UUID episodeId) {
        return facts(transactions.executeRead(status -> queries.findAll(List.of(episodeId)))).stream().findFirst();
    }

    /** Every episode of a resident (merged records' episodes included, as merging moved them), newest first. */
    public List<EpisodeFacts> ofResident(UUID residentId) {
        return facts(transactions.executeRead(status -> queries.ofResident(residentId)));
    }

    /** Episodes received between these days inclusive, oldest first, in pages after an episode id cursor. */
    public List<EpisodeFacts> receivedBetween(LocalDate from, LocalDate to, int limit, UUID afterEpisode) {
        return facts(transactions.executeRead(status -> queries.receivedBetween(from, to, limit, afterEpisode)));
    }

    private List<EpisodeFacts> facts(List<Episode> episodes) {
        if (episodes.isEmpty()) {
            return List.of();
        }
        List<UUID> residentIds = episodes.stream().map(Episode::residentId).distinct().toList();
        Map<UUID, Resident> people = residents.findAll(residentIds);
        Map<UUID, List<Consent>> consents = residents.consents(residentIds);
        return episodes.stream().map(e -> {
            Resident r = people.get(e.residentId());
            boolean evaluation = consents.getOrDefault(e.residentId(), List.of()).stream()
                    .anyMatch(c -> c.covers(ConsentKind.PSEUDONYMISED_EVALUATION, null));
            EpisodeFacts.Subject subject = r == null ? null : new EpisodeFacts.Subject(r.details().dateOfBirth(), r.details().sex(),
                    r.details().postcode(), evaluation);
            return new EpisodeFacts(e.id(), e.residentId(), e.schemeId(), e.source(), e.needs(), e.practiceOdsCode(), e.status(),
                    e.receivedOn(), day(e.acceptedAt()), day(e.endedAt()), subject);
        }).collect(Collectors.toList());
    }

    private static LocalDate day(java.time.Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
