package org.signpost.referral.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.signpost.audit.application.PersonalDataAccess;
import org.signpost.audit.model.Access;
import org.signpost.audit.model.AuditAction;
import org.signpost.audit.model.Resource;
import org.signpost.people.application.ResidentDirectory;
import org.signpost.people.application.Schemes;
import org.signpost.people.model.Resident;
import org.signpost.people.model.StaffScope;
import org.signpost.referral.infrastructure.EpisodeRepository;
import org.signpost.referral.infrastructure.OnwardReferralRepository;
import org.signpost.referral.model.ContactAttempt;
import org.signpost.referral.model.Episode;
import org.signpost.referral.model.NextContact;
import org.signpost.referral.model.OnwardReferral;
import org.signpost.referral.model.ReferralReminders;
import org.signpost.security.application.UserDirectory;
import org.signpost.security.model.Role;
import org.signpost.security.model.UserRef;

/** A link worker's caseload, for them or a coordinator of one of their schemes. */
@Singleton
public class Caseloads {

    static final String CASELOAD_RULE = "A caseload is seen by its link worker and by the coordinators of a scheme they work in";

    private final EpisodeRepository episodes;
    private final OnwardReferralRepository referrals;
    private final ResidentDirectory residents;
    private final Schemes schemes;
    private final UserDirectory users;
    private final PersonalDataAccess access;
    private final ReferralSettings settings;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    Caseloads(EpisodeRepository episodes, OnwardReferralRepository referrals, ResidentDirectory residents, Schemes schemes,
            UserDirectory users, PersonalDataAccess access, ReferralSettings settings, TransactionOperations<Connection> transactions,
            Clock clock) {
        this.episodes = episodes;
        this.referrals = referrals;
        this.residents = residents;
        this.schemes = schemes;
        this.users = users;
        this.access = access;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The caseload of {@code linkWorker} (the caller when null) as the caller may see it: only the episodes of schemes the
     * caller is staff of (the rule of a single episode read), so a coordinator never sees another scheme's episodes on a
     * link worker they share one scheme with. An unknown name, someone who is no link worker and a link worker the caller
     * may not see are one and the same refusal (403), so the answer does not confirm who exists.
     */
    public CaseloadView of(Access who, String linkWorker) {
        UserRef worker = linkWorker == null ? users.byId(who.actor().userId()).orElseThrow()
                : users.byUsername(linkWorker).filter(u -> u.has(Role.LINK_WORKER)).orElse(null);
        Resource resource = Resource.of("caseload", worker == null ? linkWorker : worker.username(), null);
        boolean self = worker != null && worker.id().equals(who.actor().userId()) && who.actor().has(Role.LINK_WORKER);
        boolean coordinator = worker != null && who.actor().has(Role.COORDINATOR)
                && schemes.of(who.actor().userId()).stream().anyMatch(schemes.of(worker.id())::contains);
        if (!self && !coordinator) {
            throw access.denied(who, AuditAction.READ, resource, CASELOAD_RULE);
        }
        StaffScope scope = residents.staffScope(who.actor());
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        CaseloadView view = transactions.executeRead(status -> {
            List<Episode> open = episodes.openAssignedTo(worker.id(), scope.schemes());
            Map<UUID, Resident> people = residents.findAll(open.stream().map(Episode::residentId).toList());
            List<CaseloadView.Entry> entries = new ArrayList<>();
            for (Episode e : open) {
                Resident r = people.get(e.residentId());
                String name = r == null ? "" : r.details().givenName() + " " + r.details().familyName();
                entries.add(new CaseloadView.Entry(e.id(), e.residentId(), name, e.status(), e.urgency(), e.nextContactDue(),
                        NextContact.overdue(e.nextContactDue(), today)));
            }
            List<UUID> episodeIds = open.stream().map(Episode::id).toList();
            return new CaseloadView(worker.username(), episodes.countByStatusAssignedTo(worker.id(), scope.schemes()),
                    referrals.countByStatus(episodeIds), entries, entries.stream().filter(CaseloadView.Entry::overdue).toList(),
                    reminders(referrals.ofEpisodes(episodeIds), now));
        });
        access.allowedEach(who, AuditAction.READ, view.open().stream()
                .map(e -> Resource.of("episode", e.episodeId(), e.residentId())).toList(), CaseloadView.FIELDS);
        return view;
    }

    private List<CaseloadView.Reminder> reminders(List<OnwardReferral> onward, Instant now) {
        Map<UUID, List<ContactAttempt>> attempts = referrals.attempts(onward.stream().map(OnwardReferral::id).toList());
        List<CaseloadView.Reminder> reminders = new ArrayList<>();
        for (OnwardReferral r : onward) {
            if (ReferralReminders.unanswered(r.status(), r.sentAt(), now, settings.answerWithin())) {
                reminders.add(new CaseloadView.Reminder(CaseloadView.Kind.UNANSWERED_REFERRAL, r.id(), r.episodeId(), r.serviceName(),
                        r.sentAt(), "Sent and not answered within " + settings.answerWithin().toDays() + " days"));
            }
            List<ContactAttempt> tried = attempts.getOrDefault(r.id(), List.of());
            if (ReferralReminders.attemptsExhausted(r.status(), tried.stream().map(ContactAttempt::outcome).toList(),
                    settings.contactAttempts())) {
                reminders.add(new CaseloadView.Reminder(CaseloadView.Kind.CONTACT_ATTEMPTS_EXHAUSTED, r.id(), r.episodeId(),
                        r.serviceName(), tried.get(tried.size() - 1).at(), settings.contactAttempts()
                        + " attempts without reaching the resident: consider closing it (declined: could_not_contact)"));
            }
        }
        return reminders;
    }
}
