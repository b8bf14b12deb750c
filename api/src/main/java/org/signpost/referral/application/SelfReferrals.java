package org.signpost.referral.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.signpost.audit.application.PersonalDataAccess;
import org.signpost.audit.model.Access;
import org.signpost.audit.model.AuditAction;
import org.signpost.audit.model.Resource;
import org.signpost.directory.application.NeedsCatalogue;
import org.signpost.people.application.ResidentDirectory;
import org.signpost.people.application.ResidentRecords;
import org.signpost.people.application.Schemes;
import org.signpost.people.model.ConsentKind;
import org.signpost.people.model.Resident;
import org.signpost.people.model.ResidentDetails;
import org.signpost.people.model.ResidentDetailsRules;
import org.signpost.platform.errors.Violations;
import org.signpost.platform.events.EventOutbox;
import org.signpost.platform.events.PlatformEvent;
import org.signpost.referral.infrastructure.EpisodeRepository;
import org.signpost.referral.model.Episode;
import org.signpost.referral.model.EpisodeStatus;
import org.signpost.referral.model.ReferralSource;
import org.signpost.referral.model.Urgency;
import org.signpost.security.model.Role;

/** A resident refers themselves from the app; their record is created on the first referral, and they hear it was received. */
@Singleton
public class SelfReferrals {

    /** The self-referral form. */
    public record SelfReferral(UUID schemeId, ResidentDetailsRules.Input details, String reason, List<String> needs,
            Boolean consentToContact, Boolean consentToEvaluation) {
    }

    private final EpisodeRepository episodes;
    private final EpisodeIntake intake;
    private final EpisodeViews views;
    private final ResidentDirectory residents;
    private final ResidentRecords records;
    private final Schemes schemes;
    private final NeedsCatalogue taxonomy;
    private final EventOutbox outbox;
    private final PersonalDataAccess access;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    SelfReferrals(EpisodeRepository episodes, EpisodeIntake intake, EpisodeViews views, ResidentDirectory residents,
            ResidentRecords records, Schemes schemes, NeedsCatalogue taxonomy, EventOutbox outbox, PersonalDataAccess access,
            TransactionOperations<Connection> transactions, Clock clock) {
        this.episodes = episodes;
        this.intake = intake;
        this.views = views;
        this.residents = residents;
        this.records = records;
        this.schemes = schemes;
        this.taxonomy = taxonomy;
        this.outbox = outbox;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    public EpisodeView refer(Access who, SelfReferral request) {
        if (!who.actor().has(Role.RESIDENT)) {
            throw access.denied(who, AuditAction.CREATE, Resource.of("episode", null, null), "Only a resident refers themselves");
        }
        LocalDate today = LocalDate.now(clock);
        Violations violations = new Violations();
        if (!schemes.exists(request.schemeId())) {
            violations.add("scheme_id", "No scheme " + request.schemeId());
        }
        ResidentDetails details = ResidentDetailsRules.check(request.details(), today, violations);
        if (!Boolean.TRUE.equals(request.consentToContact())) {
            violations.add("consent_to_contact", "the scheme needs your agreement to contact you");
        }
        List<String> needs = EpisodeIntake.NeedCodes.check(request.needs(), taxonomy.knowing(request.needs()), violations);
        violations.throwIfAny();
        UUID me = who.actor().userId();
        return transactions.executeWrite(status -> {
            UUID residentId = residents.ownedBy(me).map(Resident::id)
                    .orElseGet(() -> records.createOwn(who.actor(), request.schemeId(), details));
            residents.ensureConsent(residentId, ConsentKind.CONTACT, null, me, "Self-referral from the app");
            if (Boolean.TRUE.equals(request.consentToEvaluation())) {
                residents.ensureConsent(residentId, ConsentKind.PSEUDONYMISED_EVALUATION, null, me, "Self-referral from the app");
            }
            Episode episode = new Episode(UUID.randomUUID(), residentId, request.schemeId(), ReferralSource.SELF_REFERRAL, null,
                    details.gpPracticeOdsCode(), request.reason().trim(), needs, Urgency.ROUTINE, EpisodeStatus.REFERRED, null, today,
                    null, null, null, null, 1, me, clock.instant());
            episodes.insert(episode);
            intake.referred(who, episode);
            outbox.publish(new PlatformEvent.SelfReferralReceived(episode.id(), episode.schemeId(), me, episode.createdAt()),
                    episode.createdAt());
            return views.fresh(episode);
        });
    }
}
