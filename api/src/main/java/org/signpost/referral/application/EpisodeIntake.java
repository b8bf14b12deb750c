package org.signpost.referral.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.signpost.audit.application.PersonalDataAccess;
import org.signpost.audit.model.Access;
import org.signpost.audit.model.AuditAction;
import org.signpost.audit.model.Resource;
import org.signpost.directory.application.NeedsCatalogue;
import org.signpost.people.application.ResidentDirectory;
import org.signpost.people.model.ConsentKind;
import org.signpost.people.model.OdsCode;
import org.signpost.people.model.Resident;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.platform.errors.Violations;
import org.signpost.platform.rules.Decision;
import org.signpost.referral.infrastructure.EpisodeRepository;
import org.signpost.platform.events.EventOutbox;
import org.signpost.platform.events.PlatformEvent;
import org.signpost.referral.model.Episode;
import org.signpost.referral.model.EpisodeStatus;
import org.signpost.referral.model.ReferralSource;
import org.signpost.referral.model.Urgency;
import org.signpost.seeds.model.NeedsTaxonomy;

/** Referrals into the social prescribing service made by staff. */
@Singleton
public class EpisodeIntake {

    /** A referral in, as the request states it. */
    public record NewEpisode(UUID residentId, ReferralSource source, Episode.Referrer referrer, String practiceOdsCode, String reason,
            List<String> needs, Urgency urgency, Boolean consentedToReferral, LocalDate receivedOn) {
    }

    private final EpisodeRepository episodes;
    private final EpisodeViews views;
    private final ResidentDirectory residents;
    private final NeedsCatalogue taxonomy;
    private final EventOutbox outbox;
    private final PersonalDataAccess access;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    EpisodeIntake(EpisodeRepository episodes, EpisodeViews views, ResidentDirectory residents, NeedsCatalogue taxonomy,
            EventOutbox outbox, PersonalDataAccess access, TransactionOperations<Connection> transactions, Clock clock) {
        this.episodes = episodes;
        this.views = views;
        this.residents = residents;
        this.taxonomy = taxonomy;
        this.outbox = outbox;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    public EpisodeView create(Access who, NewEpisode request) {
        // the checks and the writes in one transaction: read-only transactions before it cost five statements more each
        // (BENCHMARKS.md, "Cost per request"). Invalid input throws before anything is written; a refusal writes nothing
        // here and is audited after this transaction ends.
        Refusable<EpisodeView, UUID> outcome = transactions.executeWrite(status -> {
            Resident resident = residents.find(request.residentId())
                    .orElseThrow(() -> new InvalidInputException("resident_id", "No resident " + request.residentId()));
            Decision decision = residents.mayManage(who.actor(), resident.schemeId());
            if (decision.denied()) {
                return Refusable.refuse(resident.id(), decision.reason());
            }
            Episode episode = validated(who, request, resident);
            episodes.insert(episode);
            residents.ensureConsent(resident.id(), ConsentKind.CONTACT, null, who.actor().userId(), "Agreed when referred");
            referred(who, episode);
            return Refusable.done(views.fresh(episode));
        });
        if (outcome.isRefused()) {
            throw access.denied(who, AuditAction.CREATE, Resource.of("episode", null, outcome.refused()), outcome.reason());
        }
        return outcome.result();
    }

    /** The new episode, or every problem with the request at once (400). */
    private Episode validated(Access who, NewEpisode request, Resident resident) {
        Violations violations = new Violations();
        if (resident.merged()) {
            violations.add("resident_id", "This record was merged into " + resident.mergedInto() + ": refer that one");
        }
        LocalDate today = LocalDate.now(clock);
        if (request.receivedOn() != null && request.receivedOn().isAfter(today)) {
            violations.add("received_on", "must not be in the future");
        }
        if (!Boolean.TRUE.equals(request.consentedToReferral())) {
            violations.add("consented_to_referral", "the resident must agree to be referred");
        }
        String practice = request.practiceOdsCode() == null ? resident.details().gpPracticeOdsCode()
                : OdsCode.practice(request.practiceOdsCode()).orElse(null);
        if (request.practiceOdsCode() != null && practice == null) {
            violations.add("practice_ods_code", "must be a GP practice ODS code: a letter and five digits");
        } else if (request.source() == ReferralSource.GP_PRACTICE && practice == null) {
            violations.add("practice_ods_code", "a referral from a GP practice names the practice (or the resident's record does)");
        }
        List<String> needs = NeedCodes.check(request.needs(), taxonomy.knowing(request.needs()), violations);
        violations.throwIfAny();
        return new Episode(UUID.randomUUID(), resident.id(), resident.schemeId(), request.source(), request.referrer(),
                practice, request.reason().trim(), needs, request.urgency(), EpisodeStatus.REFERRED, null,
                request.receivedOn() == null ? today : request.receivedOn(), null, null, null, null, 1, who.actor().userId(),
                clock.instant());
    }

    /** The outbox event and the audit line of a new episode, in the caller's transaction. */
    void referred(Access who, Episode episode) {
        outbox.publish(new PlatformEvent.EpisodeReferred(episode.id(), episode.schemeId(), episode.source().wire(),
                episode.urgency().wire()), clock.instant());
        access.allowed(who, AuditAction.CREATE, EpisodeAccess.resource(episode), EpisodeView.FIELDS);
    }

    /** Needs named by taxonomy code: each known, none twice. */
    static final class NeedCodes {

        private NeedCodes() {
        }

        static List<String> check(List<String> codes, NeedsTaxonomy taxonomy, Violations violations) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < codes.size(); i++) {
                String code = codes.get(i) == null ? "" : codes.get(i).trim();
                if (taxonomy.byCode(code).isEmpty()) {
                    violations.add("needs[" + i + "]", "Not a needs taxonomy code: " + code);
                } else if (!seen.add(code)) {
                    violations.add("needs[" + i + "]", "Named twice: " + code);
                }
            }
            return codes.stream().map(String::trim).distinct().toList();
        }
    }
}
