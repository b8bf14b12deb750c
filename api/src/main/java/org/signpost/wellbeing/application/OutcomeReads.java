package org.signpost.wellbeing.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.signpost.audit.application.PersonalDataAccess;
import org.signpost.audit.model.Access;
import org.signpost.audit.model.AuditAction;
import org.signpost.audit.model.Resource;
import org.signpost.people.application.ResidentDirectory;
import org.signpost.people.model.Resident;
import org.signpost.platform.rules.Decision;
import org.signpost.referral.application.EpisodeReader;
import org.signpost.referral.model.EpisodeFacts;
import org.signpost.wellbeing.infrastructure.OutcomeRepository;
import org.signpost.wellbeing.model.OutcomeChangeReport;
import org.signpost.wellbeing.model.OutcomeEntry;
import org.signpost.wellbeing.model.OutcomeRecord;

/** Reading outcomes (scheme staff only): an episode's records, and change from baseline per measure. Every read audited. */
@Singleton
public class OutcomeReads {

    /** One page of an episode's records. */
    public record Page(int page, int size, long total, List<OutcomeEntry> entries) {
    }

    /** The changes of one episode, one report per measure recorded on it (by measure id). */
    public record EpisodeChanges(UUID episodeId, UUID residentId, List<OutcomeChangeReport> measures) {
    }

    private final OutcomeEpisodes episodes;
    private final OutcomeRepository outcomes;
    private final MeasureCatalogue catalogue;
    private final EpisodeReader episodeReader;
    private final ResidentDirectory residents;
    private final PersonalDataAccess access;
    private final TransactionOperations<Connection> transactions;

    OutcomeReads(OutcomeEpisodes episodes, OutcomeRepository outcomes, MeasureCatalogue catalogue, EpisodeReader episodeReader,
            ResidentDirectory residents, PersonalDataAccess access, TransactionOperations<Connection> transactions) {
        this.episodes = episodes;
        this.outcomes = outcomes;
        this.catalogue = catalogue;
        this.episodeReader = episodeReader;
        this.residents = residents;
        this.access = access;
        this.transactions = transactions;
    }

    public Page list(Access who, UUID episodeId, int page, int size) {
        EpisodeFacts episode = episodes.forStaff(who, episodeId, AuditAction.READ);
        Page result = transactions.executeRead(status -> new Page(page, size, outcomes.countOfEpisode(episodeId),
                outcomes.pageOfEpisode(episodeId, (long) (page - 1) * size, size)));
        access.allowed(who, AuditAction.READ, OutcomeEpisodes.resource(episode), List.of("outcomes"));
        return result;
    }

    public EpisodeChanges changes(Access who, UUID episodeId) {
        EpisodeFacts episode = episodes.forStaff(who, episodeId, AuditAction.READ);
        EpisodeChanges changes = changesOf(episode);
        access.allowed(who, AuditAction.READ, OutcomeEpisodes.resource(episode), List.of("outcome_changes"));
        return changes;
    }

    /** Every episode of the resident that the caller may work on, newest first; 403 (audited) when none of the resident's scheme. */
    public List<EpisodeChanges> residentChanges(Access who, UUID residentId) {
        Resident resident = residents.find(residentId).orElse(null);
        // no such resident: the refusal of one in another scheme, so that it never confirms who is known
        Decision decision = residents.mayManage(who.actor(), resident == null ? null : resident.schemeId());
        if (decision.denied()) {
            throw access.denied(who, AuditAction.READ, Resource.resident(residentId), decision.reason());
        }
        List<EpisodeChanges> out = new ArrayList<>();
        List<Resource> read = new ArrayList<>();
        for (EpisodeFacts episode : episodeReader.ofResident(residentId)) {
            if (!residents.mayManage(who.actor(), episode.schemeId()).denied()) {
                out.add(changesOf(episode));
                read.add(OutcomeEpisodes.resource(episode));
            }
        }
        access.allowedEach(who, AuditAction.READ, read, List.of("outcome_changes"));
        return out;
    }

    private EpisodeChanges changesOf(EpisodeFacts episode) {
        List<OutcomeRecord> current = transactions.executeRead(status -> outcomes.currentOfEpisode(episode.episodeId()));
        Map<String, List<OutcomeRecord>> byMeasure = new TreeMap<>();
        current.forEach(r -> byMeasure.computeIfAbsent(r.measureId(), k -> new ArrayList<>()).add(r));
        List<OutcomeChangeReport> reports = new ArrayList<>();
        byMeasure.forEach((measureId, records) -> catalogue.find(measureId)
                .ifPresent(measure -> reports.add(OutcomeChangeReport.of(measure, records))));
        return new EpisodeChanges(episode.episodeId(), episode.residentId(), reports);
    }
}
