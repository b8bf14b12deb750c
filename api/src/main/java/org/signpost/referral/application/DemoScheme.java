package org.signpost.referral.application;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.signpost.audit.model.Access;
import org.signpost.audit.model.Purpose;
import org.signpost.people.application.ConsentCommand;
import org.signpost.people.application.ResidentRecords;
import org.signpost.people.application.Schemes;
import org.signpost.people.model.ConsentKind;
import org.signpost.people.model.ContactMethod;
import org.signpost.people.model.ResidentDetailsRules;
import org.signpost.people.model.Scheme;
import org.signpost.people.model.Sex;
import org.signpost.referral.model.Episode;
import org.signpost.referral.model.EpisodeStatus;
import org.signpost.referral.model.ReferralSource;
import org.signpost.referral.model.Urgency;
import org.signpost.security.application.DemoUsers;
import org.signpost.security.application.UserDirectory;
import org.signpost.security.model.Actor;
import org.signpost.security.model.Role;
import org.signpost.security.model.UserRef;

/**
 * Dev only, with the demo users ({@code signpost.demo-users.enabled}): what a newcomer needs to try the console. A scheme,
 * {@value #NAME}, with the demo link worker and coordinator as members, and three made-up residents in it, one with an
 * accepted episode and one just referred, both assigned to the demo link worker (so the caseload is not empty). Made once:
 * a later start finds the scheme and changes nothing but the membership (the demo users are made again on every start).
 * Runs after {@link DemoUsers}.
 */
@Singleton
@Order(1100)
@Requires(property = "signpost.demo-users.enabled", value = "true")
public class DemoScheme implements ApplicationEventListener<StartupEvent> {

    public static final String NAME = "Demo social prescribing scheme";

    private final Schemes schemes;
    private final UserDirectory users;
    private final ResidentRecords residents;
    private final EpisodeIntake intake;
    private final EpisodeDecisions decisions;

    DemoScheme(Schemes schemes, UserDirectory users, ResidentRecords residents, EpisodeIntake intake, EpisodeDecisions decisions) {
        this.schemes = schemes;
        this.users = users;
        this.residents = residents;
        this.intake = intake;
        this.decisions = decisions;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        Optional<UserRef> linkWorker = users.byUsername(DemoUsers.username(Role.LINK_WORKER));
        if (linkWorker.isEmpty()) {
            return;
        }
        Optional<Scheme> existing = schemes.all().stream().filter(s -> s.name().equals(NAME)).findFirst();
        Scheme scheme = existing.orElseGet(() -> schemes.create(NAME, null));
        schemes.addMember(scheme.id(), DemoUsers.username(Role.LINK_WORKER));
        schemes.addMember(scheme.id(), DemoUsers.username(Role.COORDINATOR));
        if (existing.isPresent()) {
            return;
        }
        UserRef lw = linkWorker.get();
        Access who = new Access(new Actor(lw.id(), lw.username(), lw.roles(), Optional.empty()), Purpose.DIRECT_CARE);
        UUID ada = resident(who, scheme, "Ada", "Demo", LocalDate.of(1948, 3, 14), Sex.FEMALE, "S60 1AA", "4010232137");
        UUID bill = resident(who, scheme, "Bill", "Example", LocalDate.of(1961, 11, 2), Sex.MALE, "S65 2BB", null);
        resident(who, scheme, "Cara", "Sample", LocalDate.of(1990, 7, 21), Sex.FEMALE, "S66 3CC", null);
        EpisodeView adas = episode(who, ada, "Lonely since her husband died; would like to get out more", List.of("sp-loneliness"));
        EpisodeView accepted = decisions.transition(who, adas.episode().id(), EpisodeStatus.ACCEPTED, adas.episode().version(), null, null);
        decisions.assign(who, accepted.episode().id(), lw.username(), accepted.episode().version());
        EpisodeView bills = episode(who, bill, "Money worries and low mood after losing his job", List.of());
        decisions.assign(who, bills.episode().id(), lw.username(), bills.episode().version());
    }

    private UUID resident(Access who, Scheme scheme, String given, String family, LocalDate born, Sex sex, String postcode, String nhs) {
        ResidentDetailsRules.Input details = new ResidentDetailsRules.Input(given, family, null, born, sex, postcode, "07700 900123",
                null, null, ContactMethod.PHONE, null, nhs, null);
        return residents.create(who, new ResidentRecords.NewResident(scheme.id(), details,
                List.of(new ConsentCommand(ConsentKind.CONTACT, null, "Demo record: agreed to be contacted")))).resident().id();
    }

    private EpisodeView episode(Access who, UUID resident, String reason, List<String> needs) {
        return intake.create(who, new EpisodeIntake.NewEpisode(resident, ReferralSource.OTHER_PROFESSIONAL,
                new Episode.Referrer("Dr Demo", "Demo Health Centre", null), null, reason, needs, Urgency.ROUTINE, true, null));
    }
}
