package org.signpost.evaluation.web;

import static org.signpost.testing.SocialPrescribing.DIRECT_CARE;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.signpost.contract.client.EpisodesApi;
import org.signpost.contract.client.ResidentsApi;
import org.signpost.contract.model.ConsentKind;
import org.signpost.contract.model.ContactDetails;
import org.signpost.contract.model.ContactMethod;
import org.signpost.contract.model.ContactPreference;
import org.signpost.contract.model.Episode;
import org.signpost.contract.model.EpisodeTransitionRequest;
import org.signpost.contract.model.EpisodeTransitionRequestTo;
import org.signpost.contract.model.NewEpisode;
import org.signpost.contract.model.NewResident;
import org.signpost.contract.model.ReferralSource;
import org.signpost.contract.model.Resident;
import org.signpost.contract.model.Sex;
import org.signpost.contract.model.Urgency;
import org.signpost.testing.Bearer;
import org.signpost.testing.OutcomeRows;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.TestDatabase;
import org.signpost.testing.TestUsers;
import org.signpost.wellbeing.model.Timepoint;

/**
 * Residents of one scheme recorded through the API (with or without evaluation consent), each with
 * an accepted episode and UCLA-3 outcomes: a baseline, then a follow-up.
 */
@Singleton
public class EvaluationScenario {

    /** A resident in the scenario: who they are and their episode. */
    public record Person(Resident resident, Episode episode) {
    }

    /**
     * The episode started on the first day of the month four months ago (moved back on the stored
     * row, as if time had passed), so both completions fall in months that have ended: releases
     * cover only finished months and quarters.
     */
    static final LocalDate STARTED = LocalDate.now().withDayOfMonth(1).minusMonths(4);
    static final LocalDate BASELINE = STARTED.plusDays(3);
    static final LocalDate FOLLOW_UP = STARTED.plusDays(87);

    private final SocialPrescribing sp;
    private final TestUsers users;
    private final ResidentsApi residents;
    private final EpisodesApi episodes;
    private final OutcomeRows outcomes;
    private final TestDatabase database;

    EvaluationScenario(SocialPrescribing sp, TestUsers users, ResidentsApi residents, EpisodesApi episodes, OutcomeRows outcomes,
            TestDatabase database) {
        this.database = database;
        this.sp = sp;
        this.users = users;
        this.residents = residents;
        this.episodes = episodes;
        this.outcomes = outcomes;
    }

    public SocialPrescribing.Team team() {
        return sp.team();
    }

    /**
     * {@code count} people at that practice, consenting or not, whose UCLA-3 answers go from all
     * {@code baseline} to all {@code latest} (1-3 each: lower is less lonely).
     */
    public List<Person> people(SocialPrescribing.Team team, int count, String practice, boolean consented, int baseline, int latest) {
        List<Person> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Person person = person(team, "Eval" + UUID.randomUUID().toString().substring(0, 8), practice, consented, null);
            measure(team, person, baseline, latest);
            out.add(person);
        }
        return out;
    }

    /** One person recorded through the API; identifiers are unique to them (nhs number optional). */
    Person person(SocialPrescribing.Team team, String given, String practice, boolean consented, String nhsNumber) {
        return person(team, given, practice, consented, nhsNumber, "S61 2QT", Sex.MALE);
    }

    /** One consented person living elsewhere or of another sex, with the usual UCLA-3 outcomes (3 then 2). */
    Person measured(SocialPrescribing.Team team, String practice, String postcode, Sex sex) {
        Person person = person(team, "Eval" + UUID.randomUUID().toString().substring(0, 8), practice, true, null, postcode, sex);
        measure(team, person, 3, 2);
        return person;
    }

    private Person person(SocialPrescribing.Team team, String given, String practice, boolean consented, String nhsNumber, String postcode,
            Sex sex) {
        Bearer.use(users.signIn(team.linkWorker()).getAccessToken());
        try {
            NewResident body = new NewResident(given, "Evaluated", LocalDate.of(1961, 7, 19), postcode,
                    new ContactPreference(ContactMethod.PHONE).notes("Mornings only, " + given))
                    .contact(new ContactDetails().phone("07700 900" + (100 + (given.hashCode() & 0x1ff) % 900))
                            .email(given.toLowerCase() + "@example.net").address("7 " + given + " Road"))
                    .sex(sex).gpPracticeOdsCode(practice)
                    .consents(consented ? List.of(SocialPrescribing.consent(ConsentKind.CONTACT),
                            SocialPrescribing.consent(ConsentKind.PSEUDONYMISED_EVALUATION)) : List.of(
                            SocialPrescribing.consent(ConsentKind.CONTACT)));
            if (nhsNumber != null) {
                body.nhsNumber(nhsNumber);
            }
            Resident resident = residents.createResident(body, DIRECT_CARE).body();
            Episode episode = episodes.createEpisode(new NewEpisode(resident.getId(), ReferralSource.GP_PRACTICE, "Lonely since " + given
                    + " moved", List.of("sp-loneliness"), Urgency.ROUTINE, true).practiceOdsCode(practice), DIRECT_CARE).body();
            episode = episodes.transitionEpisode(episode.getId(), new EpisodeTransitionRequest(EpisodeTransitionRequestTo.ACCEPTED,
                    episode.getVersion()), DIRECT_CARE);
            database.update("UPDATE episode SET received_on = ?, accepted_at = ? WHERE id = ?", java.sql.Date.valueOf(STARTED.minusDays(2)),
                    java.sql.Timestamp.valueOf(STARTED.atTime(10, 0)), episode.getId());
            return new Person(resident, episode);
        } finally {
            Bearer.clear();
        }
    }

    void measure(SocialPrescribing.Team team, Person person, int baseline, int latest) {
        outcomes.record(person.episode().getId(), "ucla3", Timepoint.BASELINE, null, BASELINE, outcomes.all("ucla3", baseline),
                team.linkWorker());
        outcomes.record(person.episode().getId(), "ucla3", Timepoint.FOLLOW_UP, 12, FOLLOW_UP, outcomes.all("ucla3", latest),
                team.linkWorker());
    }
}
