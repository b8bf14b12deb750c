package org.signpost.referral.application;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.signpost.directory.application.NeedsCatalogue;
import org.signpost.people.application.ResidentDirectory;
import org.signpost.people.model.Consent;
import org.signpost.people.model.ConsentKind;
import org.signpost.people.model.Resident;
import org.signpost.people.model.ResidentDetails;
import org.signpost.referral.infrastructure.OnwardReferralRepository;
import org.signpost.referral.model.ContactAttempt;
import org.signpost.referral.model.OnwardReferral;
import org.signpost.referral.model.StatusChange;
import org.signpost.seeds.model.NeedsTaxonomy;

/** Builds views of several referrals with a handful of batched reads, inside the caller's transaction. */
@Singleton
class OnwardReferralViews {

    private final OnwardReferralRepository referrals;
    private final ResidentDirectory residents;
    private final NeedsCatalogue taxonomy;

    OnwardReferralViews(OnwardReferralRepository referrals, ResidentDirectory residents, NeedsCatalogue taxonomy) {
        this.referrals = referrals;
        this.residents = residents;
        this.taxonomy = taxonomy;
    }

    List<OnwardReferralView> build(List<OnwardReferral> list, boolean forProvider) {
        if (list.isEmpty()) {
            return List.of();
        }
        NeedsTaxonomy needs = taxonomy.current();
        Set<UUID> ids = list.stream().map(OnwardReferral::id).collect(Collectors.toSet());
        Set<UUID> residentIds = list.stream().map(OnwardReferral::residentId).collect(Collectors.toSet());
        Map<UUID, Resident> people = residents.findAll(residentIds);
        Map<UUID, List<Consent>> consents = residents.consents(residentIds);
        Map<UUID, List<StatusChange>> history = referrals.history(ids);
        Map<UUID, List<ContactAttempt>> attempts = referrals.attempts(ids);
        List<OnwardReferralView> views = new ArrayList<>(list.size());
        for (OnwardReferral r : list) {
            boolean consent = consents.getOrDefault(r.residentId(), List.of()).stream()
                    .anyMatch(c -> c.covers(ConsentKind.SHARE_WITH_PROVIDER, r.organisationId()));
            Resident resident = people.get(r.residentId());
            OnwardReferralView.Shared shared = consent && resident != null ? shared(resident.details(), r) : null;
            views.add(new OnwardReferralView(r, needs.byCode(r.needCode()).map(NeedsTaxonomy.Term::name).orElse(r.needCode()), shared,
                    consent, history.getOrDefault(r.id(), List.of()), attempts.getOrDefault(r.id(), List.of()), forProvider));
        }
        return views;
    }

    OnwardReferralView build(OnwardReferral referral, boolean forProvider) {
        return build(List.of(referral), forProvider).get(0);
    }

    private static OnwardReferralView.Shared shared(ResidentDetails d, OnwardReferral r) {
        return new OnwardReferralView.Shared(d.displayName(), d.contactMethod(), d.contactNotes(), d.contactFor(d.contactMethod()),
                r.sharedInformation());
    }
}
