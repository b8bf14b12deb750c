package org.signpost.wellbeing.outcomes;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.signpost.contract.client.EpisodesApi;
import org.signpost.contract.client.OutcomesApi;
import org.signpost.contract.client.ResidentSelfServiceApi;
import org.signpost.contract.model.ContactDetails;
import org.signpost.contract.model.ContactMethod;
import org.signpost.contract.model.ContactPreference;
import org.signpost.contract.model.Episode;
import org.signpost.contract.model.EpisodeTransitionRequest;
import org.signpost.contract.model.EpisodeTransitionRequestTo;
import org.signpost.contract.model.NewEpisode;
import org.signpost.contract.model.OutcomeRecord;
import org.signpost.contract.model.OutcomeRequest;
import org.signpost.contract.model.OutcomeTimepoint;
import org.signpost.contract.model.ReferralSource;
import org.signpost.contract.model.Resident;
import org.signpost.contract.model.SelfReferral;
import org.signpost.contract.model.Urgency;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.SocialPrescribing.Team;
import org.signpost.testing.TestDatabase;
import org.signpost.testing.TestUsers;

/** A scheme, a resident and an accepted episode received some days ago, made through the API; and outcome requests. */
@Singleton
class OutcomeFixtures {

    static final String DIRECT_CARE = SocialPrescribing.DIRECT_CARE;
    static final String OWN = "RESIDENT_OWN_ACCESS";

    /** An accepted episode and who works on it. */
    record Case(Team team, UUID residentId, UUID episodeId, LocalDate receivedOn) {
    }

    private final TestUsers users;
    private final SocialPrescribing sp;
    private final EpisodesApi episodes;
    private final OutcomesApi outcomes;
    private final ResidentSelfServiceApi me;
    private final TestDatabase database;

    OutcomeFixtures(TestUsers users, SocialPrescribing sp, EpisodesApi episodes, OutcomesApi outcomes, ResidentSelfServiceApi me,
            TestDatabase database) {
        this.users = users;
        this.sp = sp;
        this.episodes = episodes;
        this.outcomes = outcomes;
        this.me = me;
        this.database = database;
    }

    /** A resident of a new scheme whose GP referral, received {@code daysAgo} days ago, is accepted; signed in as the link worker. */
    Case accepted(int daysAgo) {
        Team team = sp.team();
        act(team.coordinator());
        Resident resident = sp.resident("Mary", "Walker", List.of());
        Episode episode = referral(resident.getId(), LocalDate.now().minusDays(daysAgo));
        episodes.transitionEpisode(episode.getId(), new EpisodeTransitionRequest(EpisodeTransitionRequestTo.ACCEPTED,
                episode.getVersion()), DIRECT_CARE);
        act(team.linkWorker());
        return new Case(team, resident.getId(), episode.getId(), episode.getReceivedOn());
    }

    /** A referral of that resident, not yet accepted (as the coordinator, who stays signed in). */
    Episode referral(UUID residentId, LocalDate receivedOn) {
        return episodes.createEpisode(new NewEpisode(residentId, ReferralSource.GP_PRACTICE, "Low and lonely", List.of("sp-loneliness"),
                Urgency.ROUTINE, true).receivedOn(receivedOn), DIRECT_CARE).body();
    }

    /** A RESIDENT account that refers itself to the team's scheme; the coordinator accepts; signed in as the link worker. */
    Case selfReferred(Team team, String given) {
        String account = users.create(Role.RESIDENT);
        act(account);
        Episode episode = me.selfRefer(new SelfReferral(team.schemeId(), given, "Self", LocalDate.of(1980, 1, 2), "S65 1AB",
                new ContactPreference(ContactMethod.TEXT), "I would like to meet people", List.of("sp-loneliness"), true)
                .contact(new ContactDetails().phone("07700 900123")), OWN).body();
        act(team.coordinator());
        episodes.transitionEpisode(episode.getId(), new EpisodeTransitionRequest(EpisodeTransitionRequestTo.ACCEPTED,
                episode.getVersion()), DIRECT_CARE);
        act(team.linkWorker());
        UUID residentId = UUID.fromString(database.string("SELECT resident_id FROM episode WHERE id = ?", episode.getId()));
        residentAccounts.put(residentId, account);
        return new Case(team, residentId, episode.getId(), episode.getReceivedOn());
    }

    private final Map<UUID, String> residentAccounts = new java.util.concurrent.ConcurrentHashMap<>();

    String accountOf(Case c) {
        return residentAccounts.get(c.residentId());
    }

    OutcomeRecord record(Case c, String measure, OutcomeTimepoint timepoint, Integer weeks, LocalDate on, Map<String, ? extends Number> answers) {
        return outcomes.recordOutcome(c.episodeId(), request(measure, timepoint, weeks, on, answers), DIRECT_CARE).body();
    }

    static OutcomeRequest request(String measure, OutcomeTimepoint timepoint, Integer weeks, LocalDate on,
            Map<String, ? extends Number> answers) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        answers.forEach((k, v) -> values.put(k, v == null ? null : new BigDecimal(v.toString())));
        return new OutcomeRequest(measure, timepoint, on, values).followUpWeeks(weeks);
    }

    static Map<String, Integer> ons4(int life, int worthwhile, int happy, int anxious) {
        return Map.of("life_satisfaction", life, "worthwhile", worthwhile, "happy_yesterday", happy, "anxious_yesterday", anxious);
    }

    static Map<String, Integer> ucla3(int companionship, int leftOut, int isolated) {
        return Map.of("lack_companionship", companionship, "left_out", leftOut, "isolated", isolated);
    }

    long records(UUID episodeId) {
        return database.count("SELECT COUNT(*) FROM outcome_record WHERE episode_id = ?", episodeId);
    }

    long scores(UUID episodeId) {
        return database.count("SELECT COUNT(*) FROM outcome_score s JOIN outcome_record r ON r.id = s.record_id WHERE r.episode_id = ?",
                episodeId);
    }

    /**
     * The generated client answers a 404 with an empty body rather than an exception: the call
     * returns null, or a response whose status is 404.
     */
    static void expectNotFound(java.util.function.Supplier<Object> call) {
        Object result;
        try {
            result = call.get();
        } catch (io.micronaut.http.client.exceptions.HttpClientResponseException e) {
            org.assertj.core.api.Assertions.assertThat(e.getStatus().getCode()).isEqualTo(404);
            return;
        }
        if (result instanceof io.micronaut.http.HttpResponse<?> response) {
            org.assertj.core.api.Assertions.assertThat(response.getStatus().getCode()).isEqualTo(404);
        } else {
            org.assertj.core.api.Assertions.assertThat(result).as("not found").isNull();
        }
    }

    void act(String username) {
        Bearer.use(users.signIn(username).getAccessToken());
    }
}
