package org.signpost.referral.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.signpost.audit.application.PersonalDataAccess;
import org.signpost.audit.model.Access;
import org.signpost.audit.model.AuditAction;
import org.signpost.audit.model.Resource;
import org.signpost.people.application.ResidentDirectory;
import org.signpost.people.application.Schemes;
import org.signpost.people.model.Resident;
import org.signpost.referral.infrastructure.EpisodeRepository;
import org.signpost.referral.infrastructure.EpisodeWorkRepository;
import org.signpost.referral.model.CodedEvent;
import org.signpost.referral.model.Episode;
import org.signpost.security.model.Role;

/** SNOMED CT coded events for GP systems, after a cursor: a coordinator's schemes, or all for an admin. */
@Singleton
public class CodedEventExport {

    /** An event with what a GP system needs to file it: the NHS number and the practice. */
    public record Exported(CodedEvent event, String nhsNumber, String practiceOdsCode) {
    }

    /** One page and the cursor to continue from. */
    public record Page(List<Exported> events, long nextCursor) {
    }

    private static final List<String> FIELDS = List.of("nhs_number", "practice_ods_code", "coded_event");

    private final EpisodeWorkRepository work;
    private final EpisodeRepository episodes;
    private final ResidentDirectory residents;
    private final Schemes schemes;
    private final PersonalDataAccess access;
    private final ReferralSettings settings;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    CodedEventExport(EpisodeWorkRepository work, EpisodeRepository episodes, ResidentDirectory residents, Schemes schemes,
            PersonalDataAccess access, ReferralSettings settings, TransactionOperations<Connection> transactions, Clock clock) {
        this.work = work;
        this.episodes = episodes;
        this.residents = residents;
        this.schemes = schemes;
        this.access = access;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Page after(Access who, long cursor, int limit) {
        List<UUID> scope;
        if (who.actor().has(Role.ADMIN)) {
            scope = null;
        } else if (who.actor().has(Role.COORDINATOR)) {
            scope = List.copyOf(schemes.of(who.actor().userId()));
        } else {
            throw access.denied(who, AuditAction.EXPORT, Resource.of("coded_event", null, null),
                    "Coded events are exported by a coordinator or an administrator");
        }
        Page page = transactions.executeRead(status -> {
            List<CodedEvent> events = work.codedEventsAfter(cursor, clock.instant().minus(settings.codedEventSettle()), scope, limit);
            Map<UUID, Resident> people = residents.findAll(events.stream().map(CodedEvent::residentId).collect(Collectors.toSet()));
            Map<UUID, Episode> byId = episodes.findAll(events.stream().map(CodedEvent::episodeId).collect(Collectors.toSet())).stream()
                    .collect(Collectors.toMap(Episode::id, e -> e));
            List<Exported> out = events.stream().map(e -> new Exported(e,
                    people.containsKey(e.residentId()) ? people.get(e.residentId()).details().nhsNumber() : null,
                    byId.containsKey(e.episodeId()) ? byId.get(e.episodeId()).practiceOdsCode() : null)).toList();
            return new Page(out, events.isEmpty() ? cursor : events.get(events.size() - 1).cursor());
        });
        access.allowedEach(who, AuditAction.EXPORT, page.events().stream()
                .map(e -> Resource.of("coded_event", e.event().cursor(), e.event().residentId())).toList(), FIELDS);
        return page;
    }
}
